package id.go.pcm.samples.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline of the benchmark: a bare Commons CSV parse of a month's five files, touching every
 * field, in a JVM of its own (so that its start-up counts as the job's does). Prints the rows read.
 */
public final class BareParse {

    static final List<String> FILES = List.of("agencies.csv", "narratives.csv", "reports.csv", "dissemination.csv", "media.csv");

    private BareParse() {
    }

    /**
     * @param args the month folder
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long rows = 0;
        long chars = 0;
        for (String file : FILES) {
            try (Reader reader = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                for (CSVRecord record : parser) {
                    rows++;
                    for (String value : record) {
                        chars += value.length();
                    }
                }
            }
        }
        System.out.println(rows + " rows " + chars + " chars");
    }
}
