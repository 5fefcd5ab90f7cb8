package jp.renkei.mapping.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A PDF that shows a code IPAex maps to no glyph: PDFBox's own API refuses to write one, so the content is raw. */
final class GlyphlessPdf {

    private GlyphlessPdf() {
    }

    static byte[] withCodeZero() {
        try (PDDocument document = new PDDocument();
             InputStream font = GlyphlessPdf.class.getResourceAsStream("/jp/renkei/mapping/render/fonts/ipaexg.ttf")) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDType0Font.load(document, font, false));
            page.setResources(resources);
            byte[] content = "BT /F1 12 Tf 72 720 Td <0000> Tj ET".getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(document, new ByteArrayInputStream(content)));
            document.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
