package id.go.pcm.csv;

import id.go.pcm.Language;
import id.go.pcm.internal.Messages;

/**
 * An input file that cannot be used at all: missing, a folder, an Excel workbook, not UTF-8 (UTF-16 named as such), tab-separated
 * instead of comma- or semicolon-separated, without its header or a required column, or cut off
 * inside a quoted field. The whole file is refused; the batch exits with status 3.
 * The message names the file, the line when there is one, and what to fix, in English
 * ({@link #getMessage()}) and in Bahasa Indonesia ({@link #messageId()}).
 */
public final class UnusableFileException extends RuntimeException {

    /** The file refused. */
    private final String file;
    /** The line at fault, 0 when the file as a whole. */
    private final long line;
    /** The message in Bahasa Indonesia. */
    private final String messageId;

    /**
     * A refusal whose messages come from the reject message catalogue.
     *
     * @param file the file name
     * @param line the physical line of the problem, or 0 when it concerns the whole file
     * @param key  the message key; its {@code {0}} is the file and {@code {1}} the line
     * @param args further arguments, from {@code {2}} on
     */
    public UnusableFileException(String file, long line, String key, Object... args) {
        this(file, line, key, null, args);
    }

    /**
     * A refusal caused by an error reading the file (kept as the cause, for the log).
     *
     * @param file  the file name
     * @param line  the physical line of the problem, or 0 when it concerns the whole file
     * @param key   the message key; its {@code {0}} is the file and {@code {1}} the line
     * @param cause the error that made the file unusable
     * @param args  further arguments, from {@code {2}} on
     */
    public UnusableFileException(String file, long line, String key, Throwable cause, Object... args) {
        super(Messages.ENGLISH.text(key, withPlace(file, line, args)), cause);
        this.file = file;
        this.line = line;
        this.messageId = Messages.INDONESIAN.text(key, withPlace(file, line, args));
    }

    private static Object[] withPlace(String file, long line, Object[] args) {
        Object[] all = new Object[args.length + 2];
        all[0] = file;
        all[1] = String.valueOf(line);
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** @return the refused file's name */
    public String file() {
        return file;
    }

    /** @return the physical line of the problem, or 0 when it concerns the whole file */
    public long line() {
        return line;
    }

    /** @return the message in Bahasa Indonesia */
    public String messageId() {
        return messageId;
    }

    /**
     * @param language the operator's or clerk's language
     * @return the message in that language ({@link #getMessage()} is the English one)
     */
    public String message(Language language) {
        return language == Language.EN ? getMessage() : messageId;
    }
}
