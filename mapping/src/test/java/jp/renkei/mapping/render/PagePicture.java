package jp.renkei.mapping.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes the README's picture: page 1 of the care-manager example liaison sheet, printed by {@link PdfPrinter}
 * and rendered by PDFBox at 100 dpi. Regenerate from the repository root with
 * {@code mvn -o -q -pl mapping test-compile exec:java -Dexec.mainClass=jp.renkei.mapping.render.PagePicture
 * -Dexec.classpathScope=test} (arguments: the output file, default src/docs/liaison-sheet-care-manager.png; then
 * {@code support-plan} to picture the demo support plan instead).
 */
public final class PagePicture {

    private PagePicture() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/docs/liaison-sheet-care-manager.png");
        String html = args.length > 1 && "support-plan".equals(args[1])
                ? new SupportPlanPage().html(SupportPlans.demo())
                : new LiaisonSheetPage().html(new LiaisonSheets().careManager());
        PrintedPdf pdf = new PrintedPdf(new PdfPrinter().pdf(html));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(pdf.images(100).get(0), "png", out.toFile());
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
