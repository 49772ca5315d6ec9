package id.go.pcm.batch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

/**
 * Writes a document until its layout settles: the first pass learns the page count and where each
 * section starts, the next prints them ("Halaman 3 dari 18", the contents). The report and every
 * scorecard are written this way.
 */
final class Passes {

    private static final int MAX_PASSES = 3;

    private Passes() {
    }

    /**
     * @param out   where the settled document goes
     * @param write writes the document into a stream, given the layout known so far, and returns its own
     */
    static void write(OutputStream out, BiFunction<OutputStream, Layout, Layout> write) {
        Layout layout = Layout.UNKNOWN;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Layout written = write.apply(bytes, layout);
            if (written.equals(layout)) {
                try {
                    bytes.writeTo(out);
                    return;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            layout = written;
        }
        throw new IllegalStateException("the document's layout did not settle after " + MAX_PASSES + " passes");
    }
}
