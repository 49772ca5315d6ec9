package id.go.pcm.samples.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.go.pcm.InputSummary;
import id.go.pcm.Language;
import id.go.pcm.validation.Reject;
import org.springframework.context.MessageSource;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The answer for {@code Accept: application/json}, written by Jackson's data binding:
 * <ul>
 * <li>a check: {@code {"file", "sha256", "period", "as_of", "sender", "rows", "accepted", "rejected",
 * "unknown_columns": [..], "rejects": [{"line", "record_id", "rule", "column", "message_id",
 * "message_en"}], "rejects_omitted"}}, the rejects in file order, as the rejects file holds them; for an
 * agency's submission (SPEC 10.2) the workbook's totals, then {@code "sheets": [{"file", "rows",
 * "accepted", "rejected", "unknown_columns"}]} and each reject's {@code "file"} ({@code FILE.xlsx#reports});</li>
 * <li>a refused file: {@code {"file", "period", "as_of", "refused": {"line", "message_id", "message_en"}}};</li>
 * <li>an upload not checked: {@code {"error": {"status", "code", "message_id", "message_en"}}}.</li>
 * </ul>
 */
sealed interface AnswerJson {

    /**
     * The mapper of the answers. Besides JSON's own escapes, {@code < > &} and the line separators
     * U+2028/U+2029 are written as {@code \\u} escapes, so that an answer stays inert even if pasted
     * into a page or a script.
     */
    JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().characterEscapes(new InertEscapes()).build()).build();

    /**
     * @param outcome  what the request came to
     * @param messages the portal's messages, for a problem's sentence in both languages
     * @param zone     the office's zone, whose offset the times carry
     * @return its JSON answer
     */
    static AnswerJson of(Outcome outcome, MessageSource messages, ZoneId zone) {
        if (outcome instanceof Outcome.Checked checked) {
            InputSummary summary = checked.summary();
            boolean submission = checked.submission();
            return new Checked(summary.readFrom(), summary.sha256(), checked.period().toString(), iso(checked.asOf(), zone),
                    checked.sender() == null ? null : checked.sender().id(), summary.rows(), summary.accepted(),
                    summary.rejected(), summary.unknownColumns(),
                    submission ? checked.sheets().stream().map(SheetJson::of).toList() : null,
                    checked.rejects().stream().map(reject -> RejectJson.of(reject, submission)).toList(), checked.omitted());
        }
        if (outcome instanceof Outcome.Refused refused) {
            return new Refused(refused.refusal().file(), refused.period().toString(), iso(refused.asOf(), zone),
                    new Refusal(refused.refusal().line(), refused.refusal().messageId(), refused.refusal().getMessage()));
        }
        Outcome.Failed failed = (Outcome.Failed) outcome;
        Object[] args = failed.args().toArray();
        String key = failed.problem().messageKey();
        return new Failed(new Why(failed.status(), failed.problem().name(),
                messages.getMessage(key, args, PageFormats.of(Language.ID).locale()), messages.getMessage(key, args, PageFormats.of(Language.EN).locale())));
    }

    /** Times written by PCM are ISO-8601 with the office's offset, seconds always shown (SPEC 7, 9.2). */
    static String iso(OffsetDateTime time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZoneSameInstant(zone).toOffsetDateTime());
    }

    /** A file checked. */
    @JsonPropertyOrder({"file", "sha256", "period", "as_of", "sender", "rows", "accepted", "rejected", "unknown_columns",
            "sheets", "rejects", "rejects_omitted"})
    record Checked(String file, String sha256, String period, @JsonProperty("as_of") String asOf, String sender, long rows,
                   long accepted, long rejected, @JsonProperty("unknown_columns") List<String> unknownColumns,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<SheetJson> sheets,
                   List<RejectJson> rejects, @JsonProperty("rejects_omitted") long rejectsOmitted) implements AnswerJson {
    }

    /** One sheet of a submission (SPEC 10.2), named as its rejects name it: {@code FILE.xlsx#reports}. */
    @JsonPropertyOrder({"file", "rows", "accepted", "rejected", "unknown_columns"})
    record SheetJson(String file, long rows, long accepted, long rejected,
                     @JsonProperty("unknown_columns") List<String> unknownColumns) {

        static SheetJson of(InputSummary sheet) {
            return new SheetJson(sheet.readFrom(), sheet.rows(), sheet.accepted(), sheet.rejected(), sheet.unknownColumns());
        }
    }

    /**
     * One reject, as the rejects file holds it; for a submission, with its sheet ({@code file},
     * {@code FILE.xlsx#reports}), which a file's rejects need not say.
     */
    @JsonPropertyOrder({"file", "line", "record_id", "rule", "column", "message_id", "message_en"})
    record RejectJson(@JsonInclude(JsonInclude.Include.NON_NULL) String file, long line,
                      @JsonProperty("record_id") String recordId, String rule, String column,
                      @JsonProperty("message_id") String messageId, @JsonProperty("message_en") String messageEn) {

        static RejectJson of(Reject reject, boolean submission) {
            return new RejectJson(submission ? reject.file() : null, reject.line(), reject.recordId(), reject.code().name(),
                    reject.column(), reject.messageId(), reject.messageEn());
        }
    }

    /** A file refused whole. */
    @JsonPropertyOrder({"file", "period", "as_of", "refused"})
    record Refused(String file, String period, @JsonProperty("as_of") String asOf, Refusal refused) implements AnswerJson {
    }

    /** The one refusal of a file. */
    @JsonPropertyOrder({"line", "message_id", "message_en"})
    record Refusal(long line, @JsonProperty("message_id") String messageId, @JsonProperty("message_en") String messageEn) {
    }

    /** An upload not checked. */
    record Failed(Why error) implements AnswerJson {
    }

    /** Why, in both languages. */
    @JsonPropertyOrder({"status", "code", "message_id", "message_en"})
    record Why(int status, String code, @JsonProperty("message_id") String messageId,
                   @JsonProperty("message_en") String messageEn) {
    }

    /**
     * JSON's escapes, and {@code < > &} U+2028 U+2029 too; every {@code \\u} escape in lower-case hex and
     * only {@code \\n \\r \\t} in short form, as the portal has always written them.
     */
    final class InertEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ASCII[c] = ESCAPE_CUSTOM;
                }
            }
            ASCII['<'] = ESCAPE_CUSTOM;
            ASCII['>'] = ESCAPE_CUSTOM;
            ASCII['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean escaped = ch < 0x80 ? ASCII[ch] == ESCAPE_CUSTOM : ch == '\u2028' || ch == '\u2029';
            return escaped ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
