package id.go.pcm.samples.portal;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.agency.Agency;
import id.go.pcm.validation.Reject;

import java.time.YearMonth;

/**
 * The portal's HTML: the form, a check's result, a refused file, and the pages of the problems. Plain
 * markup with a small inline style sheet and no script (the page's Content-Security-Policy allows none);
 * links are relative, so the page also works behind a front end that serves it under a sub-path.
 */
final class PortalPage {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2933;background:#f4f6f8}
            header{background:#0b3d6e;color:#fff;padding:.8rem 1.5rem;display:flex;justify-content:space-between;align-items:center;gap:1rem}
            header .app{font-weight:600;font-size:1.1rem}header .unit{font-size:.85rem;opacity:.85}header a{color:#fff}
            main{max-width:76rem;margin:1.5rem auto;padding:0 1.5rem}
            .card{background:#fff;border:1px solid #d9e0e7;border-radius:6px;padding:1.25rem 1.5rem;margin-bottom:1.25rem}
            h1{font-size:1.45rem;margin:0 0 .4rem;overflow-wrap:anywhere}h2{font-size:1.15rem;margin:0 0 .6rem}
            p{margin:.4rem 0}.meta{color:#52606d;font-size:.9rem;margin:.2rem 0 .8rem}
            label{display:block;font-weight:600;margin-top:1.1rem}
            .hint{display:block;color:#52606d;font-size:.875rem;margin:.15rem 0 .4rem;max-width:46rem}
            input[type=text]{width:100%;max-width:28rem;padding:.5rem .6rem;border:1px solid #9aa5b1;border-radius:4px;font:inherit}
            input[type=file]{font:inherit}
            button{margin-top:1.3rem;background:#0b3d6e;color:#fff;border:0;border-radius:4px;padding:.6rem 1.4rem;font:inherit;font-weight:600;cursor:pointer}
            .figures{display:flex;gap:1rem;flex-wrap:wrap;margin:.8rem 0}
            .figure{flex:1 1 9rem;border:1px solid #d9e0e7;border-radius:6px;padding:.6rem 1rem}
            .figure .label{display:block;color:#52606d;font-size:.85rem}.figure .value{font-size:1.6rem;font-weight:700}
            .ok .value{color:#1e7b34}.bad .value{color:#b42318}
            table{border-collapse:collapse;width:100%;font-size:.92rem;table-layout:fixed}
            col.line{width:4rem}col.column{width:10rem}col.id{width:11rem}col.rule{width:11rem}
            th,td{border-bottom:1px solid #e4e7eb;padding:.45rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            thead th{background:#eef2f6;border-bottom:2px solid #cbd2d9}
            tbody tr:nth-child(even){background:#f9fafb}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;background:#eef2f6;padding:.05rem .3rem;border-radius:3px}
            .notice{border-left:4px solid #b42318;background:#fdecea;padding:.75rem 1rem;border-radius:4px;overflow-wrap:anywhere}
            .clean{border-left:4px solid #1e7b34;background:#e8f5ec;padding:.75rem 1rem;border-radius:4px}
            footer{max-width:76rem;margin:0 auto 2rem;padding:0 1.5rem;color:#52606d;font-size:.85rem}
            """;

    private final YearMonth period;
    private final long maxUploadMb;

    /**
     * @param period      the evaluation month
     * @param maxUploadMb the upload limit, in MB
     */
    PortalPage(YearMonth period, long maxUploadMb) {
        this.period = period;
        this.maxUploadMb = maxUploadMb;
    }

    /**
     * @param language  the page's language
     * @param reference the reference, for the list of senders and the as-of
     * @param fixedAsOf whether the as-of is fixed (else each check is as of its own time)
     * @return the form
     */
    String form(Language language, Reference.Snapshot reference, boolean fixedAsOf) {
        Html body = new Html();
        body.markup("<section class=\"card\">").element("<h1>", Text.FORM_TITLE.in(language));
        meta(body, language, fixedAsOf ? language.time(reference.asOf()) : Text.AS_OF_NOW.in(language), null);
        body.element("<p>", Text.FORM_LEAD.in(language));
        body.markup("<form method=\"post\" action=\"check").text(language.query())
                .markup("\" enctype=\"multipart/form-data\">");
        // The sender comes before the file in the form, so that browsers send it first: the file is
        // checked as it streams in, and the check needs its sender from the start.
        body.element("<label for=\"sender\">", Text.SENDER.in(language))
                .element("<span class=\"hint\" id=\"sender-hint\">", Text.SENDER_HINT.in(language))
                .markup("<input type=\"text\" id=\"sender\" name=\"sender\" list=\"agencies\" autocomplete=\"off\""
                        + " spellcheck=\"false\" maxlength=\"100\" aria-describedby=\"sender-hint\">")
                .markup("<datalist id=\"agencies\">");
        for (Agency agency : reference.agencies()) {
            body.markup("<option value=\"").text(agency.id()).markup("\">").text(agency.name()).markup("</option>");
        }
        body.markup("</datalist>");
        body.element("<label for=\"file\">", Text.FILE.in(language))
                .element("<span class=\"hint\" id=\"file-hint\">",
                        Text.FILE_HINT.in(language, String.join(", ", MonthFile.names()), language.number(maxUploadMb)))
                .markup("<input type=\"file\" id=\"file\" name=\"file\" accept=\".csv,text/csv\" required"
                        + " aria-describedby=\"file-hint\">")
                .markup("<div><button type=\"submit\" id=\"submit\">").text(Text.SUBMIT.in(language))
                .markup("</button></div></form></section>");
        return layout(language, Text.FORM_TITLE.in(language), body, true);
    }

    /**
     * @param language the page's language
     * @param outcome  what the request came to
     * @return its page
     */
    String answer(Language language, Outcome outcome) {
        if (outcome instanceof Outcome.Checked checked) {
            return checked(language, checked);
        }
        if (outcome instanceof Outcome.Refused refused) {
            return refused(language, refused);
        }
        return failed(language, (Outcome.Failed) outcome);
    }

    private String checked(Language language, Outcome.Checked checked) {
        InputSummary summary = checked.summary();
        Html body = new Html();
        String title = Text.RESULT_TITLE.in(language, summary.file());
        body.markup("<section class=\"card\">").element("<h1>", title);
        meta(body, language, language.time(checked.asOf()), checked.sender());
        body.markup("<div class=\"figures\">");
        figure(body, "", "rows", Text.ROWS.in(language), language.number(summary.rows()));
        figure(body, " ok", "accepted", Text.ACCEPTED.in(language), language.number(summary.accepted()));
        figure(body, summary.rejected() > 0 ? " bad" : "", "rejected", Text.REJECTED.in(language),
                language.number(summary.rejected()));
        body.markup("</div><p>").text(Text.UNKNOWN_COLUMNS.in(language)).markup(": <span id=\"unknown-columns\">")
                .text(summary.unknownColumns().isEmpty() ? Text.NONE.in(language) : String.join(", ", summary.unknownColumns()))
                .markup("</span></p>").markup("<p class=\"meta\">SHA-256 <code>").text(summary.sha256()).markup("</code></p>");
        if (summary.rejected() == 0) {
            body.element("<p class=\"clean\" id=\"clean\">", Text.CLEAN.in(language));
        }
        body.markup("</section>");
        if (summary.rejected() > 0) {
            rejects(body, language, checked);
        }
        body.markup("<p><a href=\"./").text(language.query()).markup("\">").text(Text.ANOTHER.in(language)).markup("</a></p>");
        return layout(language, title, body, false);
    }

    private static void figure(Html body, String kind, String id, String label, String value) {
        body.markup("<div class=\"figure" + kind + "\"><span class=\"label\">").text(label)
                .markup("</span><span class=\"value\" id=\"" + id + "\">").text(value).markup("</span></div>");
    }

    private static void rejects(Html body, Language language, Outcome.Checked checked) {
        body.markup("<section class=\"card\">").element("<h2>", Text.REJECTS_TITLE.in(language));
        long rejected = checked.summary().rejected();
        body.element("<p id=\"rejects-note\">", checked.omitted() == 0
                ? Text.REJECTS_ALL.in(language, language.number(rejected))
                : Text.REJECTS_FIRST.in(language, language.number(checked.rejects().size()), language.number(rejected),
                language.number(checked.omitted())));
        // Fixed column widths: an id or a column name never wraps at its hyphens to fit a long message.
        body.markup("<table id=\"rejects\"><colgroup><col class=\"line\"><col class=\"column\"><col class=\"id\">"
                        + "<col class=\"rule\"><col></colgroup><thead><tr>")
                .element("<th scope=\"col\" class=\"num\">", Text.LINE.in(language))
                .element("<th scope=\"col\">", Text.COLUMN.in(language))
                .element("<th scope=\"col\">", Text.RECORD_ID.in(language))
                .element("<th scope=\"col\">", Text.RULE.in(language))
                .element("<th scope=\"col\">", Text.MESSAGE.in(language))
                .markup("</tr></thead><tbody>");
        for (Reject reject : checked.rejects()) {
            body.markup("<tr>").element("<td class=\"num\">", Long.toString(reject.line()))
                    .markup("<td>").markup(reject.column() == null ? "\u2014" : "<code>" + Html.escape(reject.column()) + "</code>")
                    .markup("</td>")
                    .element("<td class=\"id\">", reject.recordId() == null ? "\u2014" : reject.recordId())
                    .markup("<td><code>").text(reject.code().name()).markup("</code></td>")
                    .element("<td>", language == Language.EN ? reject.messageEn() : reject.messageId())
                    .markup("</tr>");
        }
        body.markup("</tbody></table></section>");
    }

    private String refused(Language language, Outcome.Refused refused) {
        Html body = new Html();
        String title = Text.REFUSED_TITLE.in(language, refused.refusal().file());
        body.markup("<section class=\"card\">").element("<h1>", title);
        meta(body, language, language.time(refused.asOf()), null);
        body.element("<p class=\"notice\" id=\"refusal\">",
                language == Language.EN ? refused.refusal().getMessage() : refused.refusal().messageId());
        body.element("<p>", Text.REFUSED_LEAD.in(language)).markup("</section>");
        body.markup("<p><a href=\"./").text(language.query()).markup("\">").text(Text.ANOTHER.in(language)).markup("</a></p>");
        return layout(language, title, body, false);
    }

    private String failed(Language language, Outcome.Failed failed) {
        Html body = new Html();
        String title = failed.problem().title().in(language);
        body.markup("<section class=\"card\">").element("<h1 id=\"problem\">", title)
                .element("<p class=\"notice\" id=\"problem-text\">", failed.problem().sentence().in(language, failed.args().toArray()))
                .markup("</section>");
        body.markup("<p><a href=\"./").text(language.query()).markup("\">").text(Text.ANOTHER.in(language)).markup("</a></p>");
        return layout(language, title, body, false);
    }

    private void meta(Html body, Language language, String asOf, Outcome.Sender sender) {
        body.markup("<p class=\"meta\">").text(Text.PERIOD.in(language)).markup(" <strong id=\"period\">")
                .text(language.month(period)).markup("</strong> &middot; ").text(Text.AS_OF.in(language))
                .markup(" <strong id=\"as-of\">").text(asOf).markup("</strong>");
        if (sender != null) {
            body.markup(" &middot; ").text(Text.SENT_BY.in(language)).markup(" <strong id=\"sender-shown\">")
                    .text(sender.id()).markup("</strong> (").text(sender.name()).markup(")");
        }
        body.markup("</p>");
    }

    private static String layout(Language language, String title, Html body, boolean languageSwitch) {
        Html page = new Html();
        page.markup("<!DOCTYPE html>\n<html lang=\"").text(language.code()).markup("\"><head><meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .markup("<title>").text(title + " \u2014 " + Text.APP.in(language)).markup("</title>")
                .markup("<style>").markup(STYLE).markup("</style></head><body><header><div>")
                .element("<div class=\"app\">", Text.APP.in(language))
                .element("<div class=\"unit\">", Text.UNIT.in(language)).markup("</div>");
        if (languageSwitch) {
            Language other = language == Language.EN ? Language.ID : Language.EN;
            page.markup("<nav><a id=\"language\" hreflang=\"").text(other.code()).markup("\" href=\"./")
                    .text(other == Language.EN ? "?lang=en" : "?lang=id").markup("\">").text(Text.OTHER_LANGUAGE.in(language))
                    .markup("</a></nav>");
        }
        page.markup("</header><main>").markup(body.toString()).markup("</main><footer>")
                .text(Text.FOOTER.in(language)).markup("</footer></body></html>\n");
        return page.toString();
    }
}
