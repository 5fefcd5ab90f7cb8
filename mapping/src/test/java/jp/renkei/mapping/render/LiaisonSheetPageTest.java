package jp.renkei.mapping.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class LiaisonSheetPageTest {

    private final RenkeiPackageExamples examples = new RenkeiPackageExamples();

    @Test
    void smoke() {
        Bundle sheet = examples.example("Bundle", "renkei-liaison-sheet-care-manager-example", Bundle.class);
        String html = new LiaisonSheetPage().html(sheet);
        System.out.println(html);
        byte[] pdf = new PdfPrinter().pdf(html);
        assertThat(pdf).isNotEmpty();
    }
}
