package id.go.pcm.validation;

import id.go.pcm.Language;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A rejected row, as the rejects file and the report's data-quality section list it (SPEC 1.7).
 *
 * @param file      the input file name, for example {@code reports.csv}
 * @param line      the physical line on which the record starts (the header is line 1)
 * @param recordId  the row's id when it could be read, else {@code null}
 * @param code      the stable rule code
 * @param column    the column at fault, or {@code null} when the fault is the whole row's
 * @param messageId the message for the clerk, in Bahasa Indonesia
 * @param messageEn the same message in English
 * @param rowMonth  for a {@code WRONG_PERIOD} reject, the month the rejected value is for (a {@code period},
 *                  or a timestamp's month in the office's zone), as the rule read it; else {@code null}
 */
public record Reject(String file, long line, String recordId, RejectCode code, String column,
                     String messageId, String messageEn, YearMonth rowMonth) {

    /**
     * Checks the required parts.
     *
     * @param file the input file name, for example {@code reports.csv}
     * @param line the physical line on which the record starts (the header is line 1)
     * @param recordId the row's id when it could be read, else {@code null}
     * @param code the stable rule code
     * @param column the column at fault, or {@code null} when the fault is the whole row's
     * @param messageId the message for the clerk, in Bahasa Indonesia
     * @param messageEn the same message in English
     * @param rowMonth for a {@code WRONG_PERIOD} reject, the month the rejected value is for, else {@code null}
     * @throws NullPointerException when the file, code or a message is missing
     */
    public Reject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * @param language the clerk's language
     * @return the message in that language
     */
    public String message(Language language) {
        return language == Language.EN ? messageEn : messageId;
    }
}
