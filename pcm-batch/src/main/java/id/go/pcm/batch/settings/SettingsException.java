package id.go.pcm.batch.settings;

/**
 * The settings cannot be used: an unknown key, a value not of its form, settings that do not fit
 * together, a settings file that cannot be read, or a home that cannot be written. Exit status 2.
 * The message names the key, the value and where it was given, and says what to write, in English
 * ({@link #getMessage()}) and in Bahasa Indonesia ({@link #messageId()}); both are one line.
 */
public final class SettingsException extends RuntimeException {

    private final String messageId;

    SettingsException(Message message) {
        super(message.english());
        this.messageId = message.indonesian();
    }

    /** @return the message in Bahasa Indonesia */
    public String messageId() {
        return messageId;
    }

    /**
     * @param english whether the operator asked for English ({@code --lang=en})
     * @return the message in that language
     */
    public String message(boolean english) {
        return english ? getMessage() : messageId;
    }
}
