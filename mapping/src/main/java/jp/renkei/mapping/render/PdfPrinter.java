package jp.renkei.mapping.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a page (XHTML from {@link LiaisonSheetPage} or {@link SupportPlanPage}) as an A4 PDF with IPAex Gothic
 * embedded as a subset. Thread-safe: one instance for the whole server; the font file is read once and parsed fonts
 * are reused (see {@link IpaexGothic}). Pages never load anything from outside: a narrative's image or link to a
 * style sheet is not fetched.
 */
public final class PdfPrinter {

    private final IpaexGothic font = new IpaexGothic(Runtime.getRuntime().availableProcessors() * 2);

    public byte[] pdf(String xhtml) {
        TrueTypeFont parsed = font.borrow();
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // The PDF font belongs to this document (it collects the glyphs of the subset); the parsed font is shared.
            PDType0Font embedded = PDType0Font.load(document, parsed, true);
            new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(embedded), IpaexGothic.FAMILY)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .withProducer("Renkei")
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The page cannot be printed as PDF", e);
        } finally {
            font.giveBack(parsed);
        }
    }
}
