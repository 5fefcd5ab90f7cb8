package jp.renkei.mapping.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LiaisonSheetPageTest {

    private final LiaisonSheets sheets = new LiaisonSheets();
    private final LiaisonSheetPage page = new LiaisonSheetPage();

    static java.util.List<LiaisonSheets.Example> examples() {
        return LiaisonSheets.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pageHoldsThePatientAndEverySectionInOrder(LiaisonSheets.Example example) {
        Bundle sheet = sheets.sheet(example);

        String html = page.html(sheet);

        XhtmlPage.assertWellFormed(html);
        assertThat(html).contains(LiaisonSheets.NAME, LiaisonSheets.KANA, "1940年5月10日（昭和15年）", "84歳",
                "青葉総合病院 地域医療連携室", "佐藤 花子（退院調整看護師）", "2025年4月25日");
        String[] titles = LiaisonSheets.composition(sheet).getSection().stream()
                .map(Composition.SectionComponent::getTitle).toArray(String[]::new);
        assertThat(html).containsSubsequence(titles);
        if (example.medical()) {
            assertThat(html).contains(LiaisonSheets.DIAGNOSIS, LiaisonSheets.MEDICATION);
        } else {
            assertThat(html).doesNotContain(LiaisonSheets.DIAGNOSIS, LiaisonSheets.MEDICATION);
        }
    }

    @Test
    void headNamesTheRecipientAndTheStay() {
        String html = page.html(sheets.careManager());

        assertThat(html).contains("居宅介護支援事業所/介護支援専門員 宛", "みどり居宅介護支援事業所 御中",
                "2025年4月1日", "男");
    }

    @Test
    void textOutsideNarrativesIsEscaped() {
        Bundle sheet = sheets.careManager();
        LiaisonSheets.patient(sheet).getNameFirstRep().setText("<script>alert('氏名')</script>");
        LiaisonSheets.composition(sheet).getSectionFirstRep().setTitle("病状 & <b>診断</b>");

        String html = page.html(sheet);

        XhtmlPage.assertWellFormed(html);
        assertThat(html).doesNotContain("<script", "<b>診断")
                .contains("&lt;script&gt;alert(", "病状 &amp; &lt;b&gt;診断");
    }

    @Test
    void narrativeIsMarkupWithoutScriptsOrHandlers() {
        Bundle sheet = sheets.careManager();
        Narrative narrative = LiaisonSheets.composition(sheet).getSectionFirstRep().getText();
        narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p onclick=\"steal()\">病状は<b>安定</b>"
                + "</p><script>steal()</script><a href=\"javascript:steal()\">詳細</a></div>");

        String html = page.html(sheet);

        XhtmlPage.assertWellFormed(html);
        assertThat(html).contains("病状は<b>安定</b>", "詳細").doesNotContain("script>", "onclick", "javascript:");
    }

    @Test
    void aBundleWithoutCompositionIsRefused() {
        Bundle notASheet = new Bundle().setType(Bundle.BundleType.DOCUMENT);

        assertThatThrownBy(() -> page.html(notASheet)).isInstanceOf(IllegalArgumentException.class);
    }
}
