package id.go.pcm.samples.bench;

import id.go.pcm.MonthFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of the benchmark: a bare Commons CSV parse of a month's five files, touching every
 * field, in a JVM of its own (so that its start-up counts as the job's does). Prints the rows read.
 */
public final class BareParse {

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
        for (String file : MonthFile.names()) {
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
