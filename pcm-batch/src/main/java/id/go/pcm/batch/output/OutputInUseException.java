package id.go.pcm.batch.output;

/**
 * Another run holds the month in its output folder ({@link OutputLock}). The message names the month,
 * the folder and, when the lock file says it, the run that holds it, in English ({@link #getMessage()})
 * and in Bahasa Indonesia ({@link #messageId()}).
 */
public final class OutputInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message in Bahasa Indonesia. */
    private final String messageId;

    /**
     * @param files  the month's output folder
     * @param holder what the holding run wrote about itself, or empty when it said nothing
     */
    OutputInUseException(OutputFiles files, String holder) {
        super("Month " + files.period() + " is already being written into " + files.folder() + " by another PCM run"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for that run to end, or stop it, then run again"
                + " (two runs of one month must not share an output folder, whatever their PCM_HOME).");
        this.messageId = "Bulan " + files.period() + " sedang ditulis ke " + files.folder() + " oleh run PCM lain"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; tunggu run itu selesai, atau hentikan, lalu jalankan lagi"
                + " (dua run untuk bulan yang sama tidak boleh memakai satu folder keluaran, apa pun PCM_HOME-nya).";
    }

    /** @return the message in Bahasa Indonesia */
    public String messageId() {
        return messageId;
    }
}
