package jp.renkei.mapping.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** A printed PDF as a test reads it back with PDFBox: its text, its pages as images, and the glyphs it lacks. */
final class PrintedPdf {

    private final byte[] pdf;

    PrintedPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    int pages() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<BufferedImage> images(float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                images.add(renderer.renderImageWithDPI(page, dpi));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every glyph shown that a reader would print wrong: drawn with a font that is not embedded (the reader
     * substitutes its own, which may have no Japanese), or with a code the embedded font has no glyph for (GID 0,
     * the empty box). Empty when the page is printable as it is.
     */
    List<String> missingGlyphs() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            GlyphCheck check = new GlyphCheck();
            check.getText(document);
            return check.problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters of a page's text that the PDF does not show: openhtmltopdf prints a character no font has as
     * "#", which the glyph check cannot see since "#" has a glyph.
     */
    Set<String> lostCharacters(String xhtml) {
        Set<Integer> shown = text().codePoints().boxed().collect(Collectors.toSet());
        return pageText(xhtml).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !shown.contains(c))
                .mapToObj(Character::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pageText(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            return page.getElementsByTagNameNS("*", "body").item(0).getTextContent();
        } catch (Exception e) {
            throw new IllegalArgumentException("not XHTML", e);
        }
    }

    /** Looks at each glyph before text extraction, which silently skips codes without Unicode. */
    private static final class GlyphCheck extends PDFTextStripper {

        private final List<String> problems = new ArrayList<>();

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            if (!embedded(font)) {
                problems.add("font " + font.getName() + " is not embedded (code " + code + ")");
            } else if (font instanceof PDVectorFont vector && !vector.hasGlyph(code)) {
                problems.add("font " + font.getName() + " has no glyph for code " + code);
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        private static boolean embedded(PDFont font) {
            PDFontDescriptor descriptor = font instanceof PDType0Font type0
                    ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
            return font.isEmbedded() && descriptor != null
                    && (descriptor.getFontFile() != null || descriptor.getFontFile2() != null
                    || descriptor.getFontFile3() != null);
        }
    }
}
