package id.go.pcm.samples.portal;

import id.go.pcm.InputSummary;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** What one request to the portal came to, for the page or the JSON answer to show. */
sealed interface Outcome {

    /** @return the HTTP status of the answer */
    int status();

    /**
     * A file checked.
     *
     * @param period  the evaluation month
     * @param asOf    the evaluation time of the check
     * @param sender  the sending agency, or {@code null}
     * @param summary the file's rows, accepted, rejected and unknown columns; for a submission, its
     *                sheets' together, under the workbook's name and SHA-256
     * @param sheets  for an agency's submission (SPEC 10.2), each sheet read, {@code FILE.xlsx#reports}
     *                then {@code FILE.xlsx#dissemination}; empty for one of the month's files
     * @param rejects the rejects kept, in file order: all of them, or the first ones
     * @param omitted how many more rejects there were
     */
    record Checked(YearMonth period, OffsetDateTime asOf, Sender sender, InputSummary summary, List<InputSummary> sheets,
                   List<Reject> rejects, long omitted) implements Outcome {

        /** Freezes the sheets and rejects. */
        public Checked {
            sheets = List.copyOf(sheets);
            rejects = List.copyOf(rejects);
        }

        /** @return whether the upload was an agency's submission, checked sheet by sheet */
        boolean submission() {
            return !sheets.isEmpty();
        }

        /** @return whether anything is to be corrected: a rejected row, or a sheet refused ({@code UNUSABLE_FILE}) */
        boolean anyRejected() {
            return summary.rejected() > 0 || !rejects.isEmpty() || omitted > 0;
        }

        @Override
        public int status() {
            return 200;
        }
    }

    /**
     * A file refused whole (SPEC 1.1): answered 422, as the request was fine but the file unusable.
     *
     * @param period  the evaluation month
     * @param asOf    the evaluation time of the check
     * @param refusal the file's one refusal
     */
    record Refused(YearMonth period, OffsetDateTime asOf, UnusableFileException refusal) implements Outcome {
        @Override
        public int status() {
            return 422;
        }
    }

    /**
     * An upload that was not checked.
     *
     * @param problem why
     * @param args    the arguments of its sentence, as text
     */
    record Failed(Problem problem, List<String> args) implements Outcome {

        /** Freezes the arguments. */
        public Failed {
            Objects.requireNonNull(problem, "problem");
            args = List.copyOf(args);
        }

        /**
         * @param problem why
         * @param args    the arguments of its sentence
         * @return the outcome
         */
        static Failed of(Problem problem, String... args) {
            return new Failed(problem, List.of(args));
        }

        @Override
        public int status() {
            return problem.status();
        }
    }

    /**
     * The agency that sends the file.
     *
     * @param id   its id
     * @param name its name in the registry
     */
    record Sender(String id, String name) {
    }
}
