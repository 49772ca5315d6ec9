package id.go.pcm.batch.output;

import id.go.pcm.validation.Reject;
import org.apache.commons.csv.CSVPrinter;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Joins the spools of the five files, in reading order, under one header: {@code pcm-rejects-YYYY-MM.csv}. */
public final class RejectsFile {

    private RejectsFile() {
    }

    /**
     * @param spools the spools' files, in the order the files are listed
     * @return the content of the rejects file
     */
    public static OutputFiles.Content joining(List<Path> spools) {
        return joining(spools, List.of());
    }

    /**
     * @param spools  the spools' files, in the order the files are listed
     * @param refused the refused submissions' {@code UNUSABLE_FILE} rows (SPEC 10.2), listed after the files' rejects
     * @return the content of the rejects file
     */
    public static OutputFiles.Content joining(List<Path> spools, List<Reject> refused) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, RejectSpool.format());
            printer.printRecord((Object[]) RejectSpool.HEADER);
            printer.flush();
            for (Path spool : spools) {
                Files.copy(spool, out);
            }
            for (Reject reject : refused) {
                RejectSpool.printRecord(printer, reject);
            }
            printer.flush();
            out.flush();
        };
    }
}
