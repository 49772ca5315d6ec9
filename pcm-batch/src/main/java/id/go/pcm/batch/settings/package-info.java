/**
 * PCM's settings ({@code pcm.*}, and the log levels) as the operator gives them: on the command line,
 * in the installation's {@code conf/application.properties}, or in the environment. They are read
 * and checked here, in one place, before Spring starts and before anything is written into
 * {@code PCM_HOME}: an unknown key, a value that is not of its form, a settings file that cannot be
 * read or a home that cannot be written is one line for the operator (exit 2), in Indonesian or English.
 */
package id.go.pcm.batch.settings;
