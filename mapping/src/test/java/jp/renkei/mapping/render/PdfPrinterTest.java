package jp.renkei.mapping.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfPrinterTest {

    /** One printer for the class, as the server has one. */
    private static final PdfPrinter PRINTER = new PdfPrinter();

    private final LiaisonSheets sheets = new LiaisonSheets();
    private final LiaisonSheetPage page = new LiaisonSheetPage();

    static List<LiaisonSheets.Example> examples() {
        return LiaisonSheets.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void liaisonSheetPrintsWithEveryGlyphEmbedded(LiaisonSheets.Example example) {
        Bundle sheet = sheets.sheet(example);

        PrintedPdf pdf = new PrintedPdf(PRINTER.pdf(page.html(sheet)));

        String text = pdf.text();
        assertThat(text).contains(LiaisonSheets.NAME, LiaisonSheets.KANA, "連携シート");
        for (Composition.SectionComponent section : LiaisonSheets.composition(sheet).getSection()) {
            assertThat(text).contains(section.getTitle());
        }
        if (example.medical()) {
            assertThat(text).contains(LiaisonSheets.DIAGNOSIS, LiaisonSheets.MEDICATION);
        }
        assertEveryPageRenders(pdf);
        assertThat(pdf.missingGlyphs()).isEmpty();
        assertThat(pdf.lostCharacters(page.html(sheet))).isEmpty();
    }

    @Test
    void supportPlanPrintsWithEveryGlyphEmbedded() {
        String html = new SupportPlanPage().html(SupportPlans.demo());
        PrintedPdf pdf = new PrintedPdf(PRINTER.pdf(html));

        assertThat(pdf.text()).contains("支援計画書", "佐藤 ハル", "長期目標", "短期目標", "緊急時の対応", "石井 明美");
        assertEveryPageRenders(pdf);
        assertThat(pdf.missingGlyphs()).isEmpty();
        assertThat(pdf.lostCharacters(html)).isEmpty();
    }

    @Test
    void fortyMedicationsFlowOntoTheNextPageAndAreStillThere() {
        Bundle sheet = sheets.careManager();
        StringBuilder list = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><table><tr><th>薬剤</th>"
                + "<th>用法</th></tr>");
        for (int i = 1; i <= 40; i++) {
            list.append("<tr><td>薬剤").append(i).append("号 錠5mg</td><td>1日1回 朝食後</td></tr>");
        }
        medications(sheet).getText().setDivAsString(list.append("</table></div>").toString());

        PrintedPdf pdf = new PrintedPdf(PRINTER.pdf(page.html(sheet)));

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.text()).contains("薬剤1号 錠5mg", "薬剤40号 錠5mg", "次回受診・予定", "2 / ");
        assertEveryPageRenders(pdf);
        assertThat(pdf.missingGlyphs()).isEmpty();
    }

    /** The server prints from many threads with one printer: parsed fonts are lent, never shared at once. */
    @Test
    void printsFromFourThreadsAtOnce() throws Exception {
        String html = page.html(sheets.careManager());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> printed = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                printed.add(threads.submit(() -> PRINTER.pdf(html)));
            }
            for (Future<byte[]> pdf : printed) {
                PrintedPdf read = new PrintedPdf(pdf.get());
                assertThat(read.text()).contains(LiaisonSheets.NAME, LiaisonSheets.MEDICATION);
                assertThat(read.missingGlyphs()).isEmpty();
            }
        } finally {
            threads.shutdown();
        }
    }

    /** The glyph check must be able to fail: a font the page asks for by name is not embedded. */
    @Test
    void glyphCheckCatchesAFontThatIsNotEmbedded() {
        String xhtml = page.html(sheets.careManager())
                .replace("<h1>連携シート</h1>", "<h1>連携シート<span style=\"font-family: serif\">Times</span></h1>");

        PrintedPdf pdf = new PrintedPdf(PRINTER.pdf(xhtml));

        assertThat(pdf.missingGlyphs()).isNotEmpty().allMatch(problem -> problem.contains("not embedded"));
    }

    /** A character IPAex lacks (an emoji): openhtmltopdf prints "#" instead, which the text comparison catches. */
    @Test
    void lostCharacterCheckCatchesACharacterTheFontLacks() {
        String xhtml = page.html(sheets.careManager()).replace("<h1>連携シート</h1>", "<h1>連携シート\uD83D\uDE00</h1>");

        PrintedPdf pdf = new PrintedPdf(PRINTER.pdf(xhtml));

        assertThat(pdf.lostCharacters(xhtml)).containsExactly("\uD83D\uDE00");
    }

    /** The glyph check must be able to fail: a code the embedded font maps to no glyph (GID 0, the empty box). */
    @Test
    void glyphCheckCatchesACodeWithoutGlyph() {
        assertThat(new PrintedPdf(GlyphlessPdf.withCodeZero()).missingGlyphs())
                .singleElement().asString().contains("has no glyph for code 0");
    }

    private static Composition.SectionComponent medications(Bundle sheet) {
        return LiaisonSheets.composition(sheet).getSection().stream()
                .filter(s -> "medications".equals(s.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow();
    }

    private static void assertEveryPageRenders(PrintedPdf pdf) {
        List<BufferedImage> images = pdf.images(72);
        assertThat(images).hasSize(pdf.pages());
        assertThat(images).allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(595));
    }
}
