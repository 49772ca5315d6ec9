package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.MonthFile;
import id.go.pcm.MonthFolder;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * One upload to {@code POST /check}, read as it streams and checked on the way: the form's fields
 * ({@code sender}, which must come before the file, then {@code file}) are read part by part with
 * Apache Commons FileUpload's streaming interface, and the file part's bytes go straight into
 * {@link id.go.pcm.FileCheck}, counted against the upload limit: a CSV file is never kept whole nor written
 * anywhere; a workbook (a month file's or a submission) is copied to a temporary file, which the streaming
 * workbook reader needs and deletes once the check is done.
 */
final class UploadCheck {

    /** The rejects a page lists; the rest are counted. */
    static final int PAGE_REJECTS = 1_000;
    /**
     * The rejects a JSON answer lists; the rest are counted. Every reject is kept until the answer is
     * written (its status depends on the whole file), about 0.5 KB each: this bounds a request's memory
     * at some 50 MB where a 50 MB file of one-byte rows would otherwise give tens of millions.
     */
    static final int JSON_REJECTS = 100_000;

    /**
     * Checks that stream at once; more wait their turn. The portal serves many more connections than
     * this (slow uploads must not keep the form waiting), but each check may keep up to
     * {@link #JSON_REJECTS} rejects: this keeps the heap of a bounded portal (README) enough for all.
     */
    static final int CHECKS_AT_ONCE = 4;

    /** The most parts a body may have: the form has two. */
    static final int PARTS_MAX = 16;
    /** The most bytes of headers one part may have. */
    static final int PART_HEADERS_MAX = 8 * 1024;

    /** The names of the files a check takes: the five, then {@code types.csv} (SPEC 9.1), which few months have. */
    static final List<String> FILE_NAMES = fileNames();

    private static final int FIELD_MAX = 200;
    private static final System.Logger LOG = System.getLogger(UploadCheck.class.getName());

    private final YearMonth period;
    private final Reference reference;
    private final Optional<OffsetDateTime> fixedAsOf;
    /** The office's zone: "now" is on its clock. */
    private final ZoneId zone;
    private final long maxUploadBytes;
    private final long maxUploadMb;
    private final Semaphore checking = new Semaphore(CHECKS_AT_ONCE, true);

    /**
     * @param options   the portal's options (month, as-of, upload limit, zone)
     * @param reference the month's reference data
     */
    UploadCheck(PortalOptions options, Reference reference) {
        this.period = options.period();
        this.reference = reference;
        this.fixedAsOf = options.asOf();
        this.zone = options.zone();
        this.maxUploadBytes = options.maxUploadBytes();
        this.maxUploadMb = options.maxUploadMb();
    }

    /**
     * Reads and checks one upload. What is left of the body when it is refused is for the server to
     * read and throw away.
     *
     * @param request the request, whose body is read here
     * @param keep    how many rejects to keep for the answer
     * @return what the upload came to
     */
    Outcome check(HttpServletRequest request, int keep) {
        if (!JakartaServletFileUpload.isMultipartContent(request)
                || !request.getContentType().regionMatches(true, 0, "multipart/form-data", 0, 19)) {
            return Outcome.Failed.of(Problem.NOT_MULTIPART);
        }
        if (request.getContentLengthLong() > maxUploadBytes) {
            return tooLarge(); // known before a byte is read
        }
        OffsetDateTime asOf = fixedAsOf.orElseGet(() -> OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS));
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setMaxPartHeaderSize(PART_HEADERS_MAX);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        BoundedInputStream body;
        try {
            // One byte past the limit at most is read, so that a body past it is known as such, whether or
            // not its length was declared (a chunked body has none).
            body = BoundedInputStream.builder().setInputStream(request.getInputStream()).setMaxCount(maxUploadBytes + 1)
                    .setPropagateClose(false).get();
        } catch (IOException e) {
            return failure(e, null);
        }
        try {
            Outcome outcome = readParts(upload.getItemIterator(new Upload(request, body)), asOf, keep);
            // The epilogue and whatever a refused upload still holds count too.
            body.transferTo(OutputStream.nullOutputStream());
            return body.getCount() > maxUploadBytes ? tooLarge() : outcome;
        } catch (IOException e) {
            return failure(e, body);
        } catch (UploadFailure e) {
            return failure(e.getCause(), body);
        }
    }

    private Outcome readParts(FileItemInputIterator parts, OffsetDateTime asOf, int keep) throws IOException {
        String sender = null;
        Outcome checked = null;
        for (int count = 1; parts.hasNext(); count++) {
            if (count > PARTS_MAX) {
                return Outcome.Failed.of(Problem.BAD_UPLOAD);
            }
            FileItemInput part = parts.next();
            if (part.getFieldName() == null) {
                return Outcome.Failed.of(Problem.BAD_UPLOAD); // a part that is no form field
            } else if (part.getFieldName().equals("file")) {
                if (checked != null) {
                    return Outcome.Failed.of(Problem.TWO_FILES);
                }
                checked = checkFile(part, sender, asOf, keep);
                if (!(checked instanceof Outcome.Checked)) {
                    return checked; // a file refused whole is refused whatever follows it
                }
            } else if (part.getFieldName().equals("sender")) {
                if (checked != null) {
                    return Outcome.Failed.of(Problem.SENDER_AFTER_FILE);
                }
                byte[] value = part.getInputStream().readNBytes(FIELD_MAX + 1);
                if (value.length > FIELD_MAX) {
                    // no agency id is that long (at most 40 characters): say so, rather than "cut off"
                    return Outcome.Failed.of(Problem.SENDER_TOO_LONG, Integer.toString(FIELD_MAX));
                }
                String text = new String(value, StandardCharsets.UTF_8);
                sender = text.isEmpty() ? null : text;
            }
            // Any other field is skipped with the rest of its part.
        }
        return checked == null ? Outcome.Failed.of(Problem.NO_FILE) : checked;
    }

    private Outcome checkFile(FileItemInput part, String sender, OffsetDateTime asOf, int keep) throws IOException {
        if (part.isFormField() || part.getName().isEmpty()) {
            return Outcome.Failed.of(Problem.NO_FILE);
        }
        String name = baseName(part.getName());
        Optional<UnusableFileException> unreadForm = MonthFolder.refusedForm(name);
        if (unreadForm.isPresent()) {
            return new Outcome.Refused(period, asOf, unreadForm.get()); // .xls, .ods …: what it is and how to save it
        }
        // reports.csv or reports.xlsx (SPEC 10.1): checked as that file, and named as uploaded in its rejects
        Optional<MonthFile> file = MonthFile.named(name);
        boolean types = MonthFile.logicalName(name).filter(AgencyTypes.FILE_NAME::equals).isPresent();
        // any other workbook is an agency's submission: its reports and dissemination sheets (SPEC 10.2)
        boolean submission = FileCheck.isSubmission(name);
        if (file.isEmpty() && !types && !submission) {
            return Outcome.Failed.of(Problem.WRONG_NAME, part.getName(), String.join(", ", FILE_NAMES));
        }
        Reference.Snapshot snapshot;
        try {
            snapshot = reference.at(asOf);
        } catch (UnusableFileException e) {
            LOG.log(System.Logger.Level.ERROR, "the reference data cannot be read: " + e.getMessage(), e);
            return Outcome.Failed.of(Problem.REFERENCE_UNUSABLE);
        }
        if (sender != null && !snapshot.check().isAcceptedAgency(sender)) {
            return Outcome.Failed.of(Problem.UNKNOWN_SENDER, sender);
        }
        RejectList rejects = new RejectList(keep);
        Body body = new Body(part.getInputStream());
        try {
            checking.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.Failed.of(Problem.FAILED);
        }
        try {
            if (submission) {
                return checkSubmission(snapshot, name, body, sender, asOf, rejects);
            }
            // types.csv is reference data: every row accepted, or the file's one refusal (SPEC 9.1)
            InputSummary summary = types ? snapshot.check().checkTypes(name, body).summary()
                    : snapshot.check().check(file.get(), name, body, sender, rejects);
            return new Outcome.Checked(period, asOf, sender(snapshot, sender), summary, List.of(), rejects.kept(), rejects.omitted());
        } catch (RuntimeException e) {
            // pcm-core reports a stream that fails as an unusable file: the upload's own failure, when
            // there is one, says that the body rather than the file is at fault.
            if (body.failure != null) {
                throw new UploadFailure(body.failure);
            }
            if (e instanceof UnusableFileException refusal) {
                return new Outcome.Refused(period, asOf, refusal);
            }
            throw e;
        } finally {
            checking.release();
        }
    }

    /**
     * Checks an agency's submission sheet by sheet (SPEC 10.2): its totals carry the workbook's name and
     * the SHA-256 of the bytes uploaded, its sheets their own figures.
     */
    private Outcome checkSubmission(Reference.Snapshot snapshot, String name, Body body, String sender, OffsetDateTime asOf,
                                    RejectList rejects) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        List<InputSummary> sheets = snapshot.check().checkSubmission(name, new DigestInputStream(body, sha256), sender, rejects);
        Set<String> unknown = new LinkedHashSet<>();
        sheets.forEach(sheet -> unknown.addAll(sheet.unknownColumns()));
        InputSummary total = new InputSummary(name, HexFormat.of().formatHex(sha256.digest()),
                sheets.stream().mapToLong(InputSummary::rows).sum(), sheets.stream().mapToLong(InputSummary::accepted).sum(),
                sheets.stream().mapToLong(InputSummary::rejected).sum(), List.copyOf(unknown));
        return new Outcome.Checked(period, asOf, sender(snapshot, sender), total, sheets, rejects.kept(), rejects.omitted());
    }

    /**
     * The upload's failure: past the limit (the body was cut off one byte after it), or else not whole
     * (malformed, cut off, or a client gone or stalled past the read timeout).
     */
    private Outcome failure(IOException e, BoundedInputStream body) {
        if (body != null && body.getCount() > maxUploadBytes) {
            return tooLarge();
        }
        LOG.log(System.Logger.Level.DEBUG, "upload not whole", e);
        return Outcome.Failed.of(Problem.BAD_UPLOAD);
    }

    private Outcome tooLarge() {
        return Outcome.Failed.of(Problem.TOO_LARGE, Long.toString(maxUploadMb));
    }

    private static Outcome.Sender sender(Reference.Snapshot snapshot, String id) {
        if (id == null) {
            return null;
        }
        return snapshot.agencies().stream().filter(agency -> agency.id().equals(id)).findFirst()
                .map(agency -> new Outcome.Sender(agency.id(), agency.name())).orElseThrow();
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>(MonthFile.names());
        names.add(AgencyTypes.FILE_NAME);
        return List.copyOf(names);
    }

    /** Old Windows browsers send the whole path ({@code C:\Data\reports.csv}): the name is its last piece. */
    static String baseName(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    /** The request as Commons FileUpload reads it: its headers, and its body as counted here. */
    private record Upload(HttpServletRequest request, InputStream body) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return request.getCharacterEncoding();
        }

        @Override
        public long getContentLength() {
            return request.getContentLengthLong();
        }

        @Override
        public String getContentType() {
            return request.getContentType();
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** The upload itself failed while the file was checked: not the file's fault. */
    private static final class UploadFailure extends RuntimeException {
        private UploadFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** The file part's bytes, keeping the first failure of the upload itself for {@link #checkFile}. */
    private static final class Body extends FilterInputStream {

        private IOException failure;

        private Body(InputStream part) {
            super(part);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /**
         * Reads nothing: closing the part would read on to its end, which may be far off or never come
         * (a stalled upload). What is left of the upload is the server's to read and throw away.
         */
        @Override
        public void close() {
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
