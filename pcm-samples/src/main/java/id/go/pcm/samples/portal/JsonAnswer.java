package id.go.pcm.samples.portal;

import id.go.pcm.InputSummary;
import id.go.pcm.validation.Reject;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The answer for {@code Accept: application/json}:
 * <ul>
 * <li>a check: {@code {"file", "sha256", "period", "as_of", "sender", "rows", "accepted", "rejected",
 * "unknown_columns": [..], "rejects": [{"line", "record_id", "rule", "column", "message_id",
 * "message_en"}], "rejects_omitted"}}, the rejects in file order, as the rejects file holds them;</li>
 * <li>a refused file: {@code {"file", "period", "as_of", "refused": {"line", "message_id", "message_en"}}};</li>
 * <li>an upload not checked: {@code {"error": {"status", "code", "message_id", "message_en"}}}.</li>
 * </ul>
 */
final class JsonAnswer {

    private JsonAnswer() {
    }

    /**
     * @param outcome what the request came to
     * @param out     where the JSON goes; not closed
     * @throws IOException when it cannot be written
     */
    static void write(Outcome outcome, Writer out) throws IOException {
        Json json = new Json(out).open();
        if (outcome instanceof Outcome.Checked checked) {
            checked(json, checked);
        } else if (outcome instanceof Outcome.Refused refused) {
            json.put("file", refused.refusal().file()).put("period", refused.period().toString())
                    .put("as_of", iso(refused.asOf()))
                    .open("refused").put("line", refused.refusal().line()).put("message_id", refused.refusal().messageId())
                    .put("message_en", refused.refusal().getMessage()).close();
        } else {
            Outcome.Failed failed = (Outcome.Failed) outcome;
            Object[] args = failed.args().toArray();
            json.open("error").put("status", failed.status()).put("code", failed.problem().name())
                    .put("message_id", failed.problem().sentence().in(Language.ID, args))
                    .put("message_en", failed.problem().sentence().in(Language.EN, args)).close();
        }
        json.close();
        out.write('\n');
    }

    /** Times written by PCM are ISO-8601 in +07:00, seconds always shown (SPEC 7). */
    static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.ofHours(7)));
    }

    private static void checked(Json json, Outcome.Checked checked) throws IOException {
        InputSummary summary = checked.summary();
        json.put("file", summary.file()).put("sha256", summary.sha256()).put("period", checked.period().toString())
                .put("as_of", iso(checked.asOf()))
                .put("sender", checked.sender() == null ? null : checked.sender().id())
                .put("rows", summary.rows()).put("accepted", summary.accepted()).put("rejected", summary.rejected());
        json.array("unknown_columns");
        for (String column : summary.unknownColumns()) {
            json.element(column);
        }
        json.closeArray().array("rejects");
        for (Reject reject : checked.rejects()) {
            json.next().open().put("line", reject.line()).put("record_id", reject.recordId())
                    .put("rule", reject.code().name()).put("column", reject.column())
                    .put("message_id", reject.messageId()).put("message_en", reject.messageEn()).close();
        }
        json.closeArray().put("rejects_omitted", checked.omitted());
    }
}
