package id.go.pcm;

import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;

import java.util.List;

/**
 * The outcome of evaluating a month folder.
 *
 * @param figures the evaluation's figures
 * @param inputs  what became of each file, in reading order: types (when the folder has a {@code types.csv}), agencies, narratives, reports,
 *                dissemination, media
 * @param rejects every rejected row, file by file in that order, each file in line order
 */
public record MonevResult(MonthlyFigures figures, List<InputSummary> inputs, List<Reject> rejects) {

    /**
     * Freezes the lists.
     *
     * @param figures the evaluation's figures
     * @param inputs what became of each file, in reading order: types (when the folder has a {@code types.csv}), agencies, narratives, reports, dissemination, media
     * @param rejects every rejected row, file by file in that order, each file in line order
     */
    public MonevResult {
        inputs = List.copyOf(inputs);
        rejects = List.copyOf(rejects);
    }

    /**
     * Finds a file's summary.
     *
     * @param file the file name, for example {@code media.csv}
     * @return its summary
     * @throws IllegalArgumentException when the file is not one of the five
     */
    public InputSummary input(String file) {
        return inputs.stream().filter(i -> i.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input named " + file));
    }
}
