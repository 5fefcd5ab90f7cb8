package jp.renkei.mapping.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * IPAex Gothic (IPAexゴシック), the Japanese font embedded in every PDF. The 6 MB file is read once; parsed fonts
 * are lent to one document at a time, because a parsed TrueTypeFont reads its tables lazily through a shared
 * position and is not thread-safe, while parsing one per document would cost more than laying out the page.
 * At most {@code kept} parsed fonts are kept for reuse; a burst of documents parses extra ones and drops them.
 */
final class IpaexGothic {

    static final String FAMILY = "IPAexGothic";
    private static final String FILE = "/jp/renkei/mapping/render/fonts/ipaexg.ttf";

    private final byte[] file;
    private final BlockingQueue<TrueTypeFont> idle;

    IpaexGothic(int kept) {
        this.file = read();
        this.idle = new ArrayBlockingQueue<>(kept);
    }

    TrueTypeFont borrow() {
        TrueTypeFont font = idle.poll();
        return font != null ? font : parse();
    }

    void giveBack(TrueTypeFont font) {
        if (!idle.offer(font)) {
            close(font);
        }
    }

    private TrueTypeFont parse() {
        try {
            // The buffer wraps the shared bytes without copying them; each font keeps its own read position.
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
            // PDFBox would run IPAex's GSUB table through its Latin worker (ligatures, composition: nothing that
            // changes Japanese text set horizontally), compiling regular expressions per text run: 45 % of a PDF.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("IPAex Gothic cannot be parsed", e);
        }
    }

    private static byte[] read() {
        try (InputStream in = IpaexGothic.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("IPAex Gothic is missing from the classpath: " + FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("IPAex Gothic cannot be read", e);
        }
    }

    private static void close(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // Only an in-memory buffer to release: nothing to report.
        }
    }
}
