package id.go.pcm.samples.portal;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthFile;
import id.go.pcm.csv.UnusableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * One upload to {@code POST /check}, read as it streams and checked on the way: the form's fields
 * ({@code sender}, which must come before the file, then {@code file}) are read from the multipart
 * body, and the file part's bytes go straight into {@link id.go.pcm.FileCheck}, counted against the
 * upload limit, never kept whole nor written anywhere. Knows nothing of HTTP beyond the body and its
 * two headers.
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

    private static final int FIELD_MAX = 200;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final System.Logger LOG = System.getLogger(UploadCheck.class.getName());

    private final YearMonth period;
    private final Reference reference;
    private final Optional<OffsetDateTime> fixedAsOf;
    private final long maxUploadBytes;
    private final long maxUploadMb;
    private final Semaphore checking = new Semaphore(CHECKS_AT_ONCE, true);

    /**
     * @param options   the portal's options (month, as-of, upload limit)
     * @param reference the month's reference data
     */
    UploadCheck(PortalOptions options, Reference reference) {
        this.period = options.period();
        this.reference = reference;
        this.fixedAsOf = options.asOf();
        this.maxUploadBytes = options.maxUploadBytes();
        this.maxUploadMb = options.maxUploadMb();
    }

    /**
     * Reads and checks one upload, reading its body to the end unless it is malformed or past the limit;
     * what is left then is for the caller to discard.
     *
     * @param contentType    the request's {@code Content-Type}
     * @param declaredLength the request's {@code Content-Length}, or -1 when not given (chunked)
     * @param body           the request body
     * @param keep           how many rejects to keep for the answer
     * @return what the upload came to
     */
    Outcome check(String contentType, long declaredLength, InputStream body, int keep) {
        Optional<String> boundary = MultipartReader.boundary(contentType);
        if (boundary.isEmpty()) {
            return Outcome.Failed.of(Problem.NOT_MULTIPART);
        }
        if (declaredLength > maxUploadBytes) {
            return tooLarge(); // known before a byte is read
        }
        OffsetDateTime asOf = fixedAsOf.orElseGet(() -> OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.SECONDS));
        UploadLimit limited = new UploadLimit(body, maxUploadBytes);
        MultipartReader parts = new MultipartReader(limited, boundary.get());
        try {
            Outcome outcome = readParts(parts, limited, asOf, keep);
            // The epilogue and whatever a refused upload still holds count too: a body past the limit is
            // refused as such, whether or not its length was declared.
            limited.transferTo(OutputStream.nullOutputStream());
            return outcome;
        } catch (UploadTooLargeException e) {
            return tooLarge();
        } catch (IOException e) {
            // Malformed multipart, or the client went away mid-upload: either way the upload is not whole.
            LOG.log(System.Logger.Level.DEBUG, "upload not whole", e);
            return Outcome.Failed.of(Problem.BAD_UPLOAD);
        }
    }

    private Outcome readParts(MultipartReader parts, UploadLimit limited, OffsetDateTime asOf, int keep) throws IOException {
        String sender = null;
        Outcome checked = null;
        for (Part part = parts.next(); part != null; part = parts.next()) {
            if (part.name().equals("file")) {
                if (checked != null) {
                    return Outcome.Failed.of(Problem.TWO_FILES);
                }
                checked = checkFile(part, sender, asOf, keep, parts, limited);
                if (checked instanceof Outcome.Failed) {
                    return checked;
                }
            } else if (part.name().equals("sender")) {
                if (checked != null) {
                    return Outcome.Failed.of(Problem.SENDER_AFTER_FILE);
                }
                Optional<String> value = part.textWithin(FIELD_MAX);
                if (value.isEmpty()) {
                    // no agency id is that long (at most 40 characters): say so, rather than "cut off"
                    return Outcome.Failed.of(Problem.SENDER_TOO_LONG, Integer.toString(FIELD_MAX));
                }
                sender = value.get().isEmpty() ? null : value.get();
            }
            // Any other field is skipped with the rest of its part.
        }
        return checked == null ? Outcome.Failed.of(Problem.NO_FILE) : checked;
    }

    private Outcome checkFile(Part part, String sender, OffsetDateTime asOf, int keep, MultipartReader parts,
                              UploadLimit limited) throws IOException {
        if (!part.isFile() || part.fileName().isEmpty()) {
            return Outcome.Failed.of(Problem.NO_FILE);
        }
        Optional<MonthFile> file = MonthFile.named(baseName(part.fileName()));
        if (file.isEmpty()) {
            return Outcome.Failed.of(Problem.WRONG_NAME, part.fileName(), String.join(", ", MonthFile.names()));
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
        try {
            checking.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.Failed.of(Problem.FAILED);
        }
        try {
            InputSummary summary = snapshot.check().check(file.get(), part.body(), sender, rejects);
            return new Outcome.Checked(period, asOf, sender(snapshot, sender), summary, rejects.kept(), rejects.omitted());
        } catch (RuntimeException e) {
            // pcm-core reports a stream that fails as an unusable file; the stream's own state says
            // whether it failed because of the limit or of the multipart body rather than the file.
            if (limited.exceeded()) {
                throw new UploadTooLargeException(maxUploadBytes);
            }
            if (parts.isMalformed()) {
                throw new MalformedUploadException("the file part is not whole");
            }
            if (e instanceof UnusableFileException refusal) {
                return new Outcome.Refused(period, asOf, refusal);
            }
            if (e instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        } finally {
            checking.release();
        }
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

    /** Old Windows browsers send the whole path ({@code C:\Data\reports.csv}): the name is its last piece. */
    static String baseName(String fileName) {
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }
}
