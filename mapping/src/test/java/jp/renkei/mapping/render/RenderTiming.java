package jp.renkei.mapping.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Times html() and pdf() for the care-manager example sheet, one thread then four (the server's target load), after
 * a warm-up. Not a unit test: the machine is shared. Run from the repository root with
 * {@code mvn -o -q -pl mapping test-compile exec:java -Dexec.mainClass=jp.renkei.mapping.render.RenderTiming
 * -Dexec.classpathScope=test} (argument: iterations per thread, default 100).
 */
public final class RenderTiming {

    private RenderTiming() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Bundle sheet = new LiaisonSheets().careManager();
        LiaisonSheetPage page = new LiaisonSheetPage();
        PdfPrinter printer = new PdfPrinter();
        String html = page.html(sheet);
        System.out.printf("PDF: %d bytes, %d page(s)%n", printer.pdf(html).length,
                new PrintedPdf(printer.pdf(html)).pages());
        run("warm-up html", 1, iterations, () -> page.html(sheet));
        run("warm-up pdf", 1, iterations / 2, () -> printer.pdf(html));
        run("baseline pdf", 1, iterations / 2, () -> fontParsedPerDocument(html));
        for (int threads : new int[] {1, 4}) {
            run("html", threads, iterations, () -> page.html(sheet));
            run("pdf (from html)", threads, iterations, () -> printer.pdf(html));
            run("html+pdf", threads, iterations, () -> printer.pdf(page.html(sheet)));
        }
    }

    private static void run(String what, int threads, int iterations, Supplier<Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<long[]>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> times(iterations, work)));
        }
        List<Long> all = new ArrayList<>();
        long cpu = 0;
        for (Future<List<long[]>> result : results) {
            for (long[] time : result.get()) {
                all.add(time[0]);
                cpu += time[1];
            }
        }
        double wall = (System.nanoTime() - start) / 1e6;
        pool.shutdown();
        all.sort(Long::compare);
        System.out.printf("%-16s threads=%d n=%d  cpu %.1f ms  wall mean %.1f ms  p50 %.1f ms  p95 %.1f ms"
                        + "  throughput %.1f docs/s%n",
                what, threads, all.size(), cpu / 1e6 / all.size(),
                all.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.95)) / 1e6, all.size() / wall * 1000);
    }

    /** The obvious way, for comparison: openhtmltopdf reads and parses the 6 MB font for every document. */
    private static byte[] fontParsedPerDocument(String html) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new com.openhtmltopdf.pdfboxout.PdfRendererBuilder()
                    .useFont(() -> RenderTiming.class.getResourceAsStream("/jp/renkei/mapping/render/fonts/ipaexg.ttf"),
                            IpaexGothic.FAMILY)
                    .withHtmlContent(html, null).toStream(out).run();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Wall and CPU time of each call: the machine is shared, so CPU time is the figure that does not drift. */
    private static List<long[]> times(int iterations, Supplier<Object> work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<long[]> times = new ArrayList<>(iterations);
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            work.get();
            times.add(new long[] {System.nanoTime() - start, cpu.getCurrentThreadCpuTime() - startCpu});
        }
        return times;
    }
}
