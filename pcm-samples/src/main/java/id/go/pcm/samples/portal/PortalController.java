package id.go.pcm.samples.portal;

import id.go.pcm.InputSummary;
import id.go.pcm.Language;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import tools.jackson.core.JsonGenerator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The portal's addresses: {@code GET /} (and {@code HEAD /}), the form; {@code POST /check}, a check,
 * answered with a page or, to {@code Accept: application/json}, JSON; any other method or address, the
 * problem's page; and {@code /error}, the page of what the server refused before the portal saw it.
 * Every page is a Thymeleaf template whose words are in the portal's message bundle; the check itself
 * is {@link UploadCheck}.
 */
@Controller
final class PortalController implements ErrorController {

    private static final System.Logger LOG = System.getLogger(PortalController.class.getName());

    private final PortalOptions options;
    private final Reference reference;
    private final UploadCheck check;
    private final MessageSource messages;
    private final JacksonJsonView json = new JacksonJsonView(AnswerJson.MAPPER) {
        @Override
        protected void writeSuffix(JsonGenerator generator, Object object) throws IOException {
            generator.writeRaw('\n'); // an answer is a line
        }
    };

    /**
     * @param options   how the portal runs
     * @param reference the month's reference data
     * @param check     the check of an upload
     * @param messages  the pages' words, for the JSON answer's sentences
     */
    PortalController(PortalOptions options, Reference reference, UploadCheck check, MessageSource messages) {
        this.options = options;
        this.reference = reference;
        this.check = check;
        this.messages = messages;
        json.setContentType("application/json;charset=UTF-8");
        json.setModelKey("answer");
        json.setExtractValueFromSingleKeyModel(true);
    }

    /** The form (and, as Spring answers {@code HEAD} like {@code GET}, its headers). */
    @GetMapping("/")
    ModelAndView form(Locale locale) {
        PageFormats formats = PageFormats.of(locale);
        Reference.Snapshot snapshot;
        try {
            snapshot = reference.at(OffsetDateTime.now());
        } catch (UnusableFileException e) {
            LOG.log(System.Logger.Level.ERROR, "the reference data cannot be read: " + e.getMessage(), e);
            return answer(Outcome.Failed.of(Problem.REFERENCE_UNUSABLE), formats, false);
        }
        Language other = formats.language() == Language.EN ? Language.ID : Language.EN;
        return page("form", formats, 200)
                .addObject("asOf", reference.isFixed() ? formats.time(snapshot.asOf(), options.zone()) : null)
                .addObject("agencies", snapshot.agencies())
                .addObject("files", String.join(", ", UploadCheck.FILE_NAMES))
                .addObject("maxUploadMb", formats.number(options.maxUploadMb()))
                .addObject("other", other.code());
    }

    /** A check of one upload. */
    @PostMapping("/check")
    ModelAndView check(HttpServletRequest request, Locale locale, @RequestHeader(name = "Accept", required = false) String accept) {
        boolean json = wantsJson(accept);
        Outcome outcome;
        try {
            outcome = check.check(request, json ? UploadCheck.JSON_REJECTS : UploadCheck.PAGE_REJECTS);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "a check failed", e);
            outcome = Outcome.Failed.of(Problem.FAILED);
        }
        return answer(outcome, PageFormats.of(locale), json);
    }

    /** The form's address takes {@code GET} and {@code HEAD} only. */
    @RequestMapping("/")
    ModelAndView formOtherMethod(HttpServletResponse response, Locale locale, @RequestHeader(name = "Accept", required = false) String accept) {
        return refuseMethod(response, "GET, HEAD", locale, accept);
    }

    /** The check's address takes {@code POST} only. */
    @RequestMapping("/check")
    ModelAndView checkOtherMethod(HttpServletResponse response, Locale locale, @RequestHeader(name = "Accept", required = false) String accept) {
        return refuseMethod(response, "POST", locale, accept);
    }

    /** Nothing else is there. */
    @RequestMapping("/**")
    ModelAndView notFound(Locale locale, @RequestHeader(name = "Accept", required = false) String accept) {
        return answer(Outcome.Failed.of(Problem.NOT_FOUND), PageFormats.of(locale), wantsJson(accept));
    }

    /** What the server refused on its own (its error page), with the status it gave. */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, Locale locale, @RequestHeader(name = "Accept", required = false) String accept) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code)) {
            return notFound(locale, accept); // asked for directly
        }
        ModelAndView answer = answer(Outcome.Failed.of(Problem.ofStatus(code)), PageFormats.of(locale), wantsJson(accept));
        answer.setStatus(HttpStatusCode.valueOf(code));
        return answer;
    }

    /** Anything unexpected: logged, and answered with the failure's page. */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, Locale locale, HttpServletRequest request) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + request.getRequestURI(), e);
        return answer(Outcome.Failed.of(Problem.FAILED), PageFormats.of(locale), wantsJson(request.getHeader("Accept")));
    }

    private ModelAndView refuseMethod(HttpServletResponse response, String allowed, Locale locale, String accept) {
        response.setHeader("Allow", allowed);
        return answer(Outcome.Failed.of(Problem.METHOD, allowed), PageFormats.of(locale), wantsJson(accept));
    }

    /**
     * @param accept a request's {@code Accept} header, or {@code null}
     * @return whether it asks for JSON before HTML ({@code application/json} with a weight at least that
     *         of {@code text/html}, when that is named)
     */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        double json = -1;
        double html = -1;
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    continue;
                }
                if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, type.getQualityValue());
                } else if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)) {
                    html = Math.max(html, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return json > 0 && json >= html;
    }

    private ModelAndView answer(Outcome outcome, PageFormats formats, boolean asJson) {
        if (asJson) {
            ModelAndView answer = new ModelAndView(json, "answer", AnswerJson.of(outcome, messages, options.zone()));
            answer.setStatus(HttpStatusCode.valueOf(outcome.status()));
            return answer;
        }
        if (outcome instanceof Outcome.Checked checked) {
            return checked(checked, formats);
        }
        if (outcome instanceof Outcome.Refused refused) {
            return page("refused", formats, refused.status())
                    .addObject("asOf", formats.time(refused.asOf(), options.zone()))
                    .addObject("file", refused.refusal().file())
                    .addObject("refusal", refused.refusal().message(formats.language()));
        }
        Outcome.Failed failed = (Outcome.Failed) outcome;
        String key = failed.problem().messageKey();
        return page("problem", formats, failed.status())
                .addObject("title", messages.getMessage(key + ".title", null, formats.locale()))
                .addObject("text", messages.getMessage(key, failed.args().toArray(), formats.locale()));
    }

    private ModelAndView checked(Outcome.Checked checked, PageFormats formats) {
        InputSummary summary = checked.summary();
        List<RejectRow> rows = checked.rejects().stream().map(reject -> RejectRow.of(reject, formats.language())).toList();
        List<SheetRow> sheets = checked.sheets().stream().map(sheet -> new SheetRow(sheet.readFrom(), formats.number(sheet.rows()),
                formats.number(sheet.accepted()), formats.number(sheet.rejected()))).toList();
        return page("checked", formats, checked.status())
                .addObject("asOf", formats.time(checked.asOf(), options.zone()))
                .addObject("sender", checked.sender())
                .addObject("file", summary.readFrom()) // as uploaded: reports.xlsx
                .addObject("rows", formats.number(summary.rows()))
                .addObject("accepted", formats.number(summary.accepted()))
                .addObject("rejected", formats.number(summary.rejected()))
                .addObject("anyRejected", checked.anyRejected())
                .addObject("submission", checked.submission())
                .addObject("sheets", sheets)
                .addObject("unknownColumns", summary.unknownColumns().isEmpty() ? null : String.join(", ", summary.unknownColumns()))
                .addObject("sha256", summary.sha256())
                .addObject("rejects", rows)
                .addObject("shown", formats.number(rows.size()))
                .addObject("omitted", checked.omitted() == 0 ? null : formats.number(checked.omitted()));
    }

    /** A page of the given template, with what every page shows. */
    private ModelAndView page(String template, PageFormats formats, int status) {
        ModelAndView page = new ModelAndView(template);
        page.setStatus(HttpStatusCode.valueOf(status));
        return page.addObject("lang", formats.language().code())
                .addObject("query", formats.query())
                .addObject("period", formats.month(options.period()));
    }

    /**
     * One sheet of a submission on the page, as text.
     *
     * @param file     the sheet, {@code FILE.xlsx#reports}
     * @param rows     its rows
     * @param accepted its accepted rows
     * @param rejected its rejected rows
     */
    record SheetRow(String file, String rows, String accepted, String rejected) {
    }

    /**
     * One row of the page's rejects table, as text.
     *
     * @param sheet    the submission's sheet it is in ({@code reports}, {@code dissemination}), or {@code null}
     *                 for one of the month's files
     * @param line     the line
     * @param column   the column, or {@code null}
     * @param recordId the record's id, or {@code null}
     * @param rule     the rule's code
     * @param message  the message in the page's language
     */
    record RejectRow(String sheet, String line, String column, String recordId, String rule, String message) {

        static RejectRow of(Reject reject, Language language) {
            int hash = reject.file().lastIndexOf('#');
            return new RejectRow(hash < 0 ? null : reject.file().substring(hash + 1), Long.toString(reject.line()), reject.column(),
                    reject.recordId(), reject.code().name(), reject.message(language));
        }
    }
}
