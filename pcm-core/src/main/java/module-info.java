/**
 * PCM's embeddable library (Inpres 9/2015 public-communication management): the domain of a month's
 * files, their validation rules, reading the agencies' CSV files, the self-check of one file before it
 * is sent, and the monthly evaluation. Start with {@link id.go.pcm.Monev}.
 *
 * <p>Exported are the domain records, the rules, the evaluation and its figures, the check, and the
 * reading of the files. The helpers behind them (value parsing, the rules as named values, key
 * fingerprints, the message catalogue) live in {@code id.go.pcm.internal}, which is not exported and
 * may change in any release.
 */
module id.go.pcm.core {
    requires org.apache.commons.csv;
    requires org.apache.commons.codec;

    exports id.go.pcm;
    exports id.go.pcm.agency;
    exports id.go.pcm.csv;
    exports id.go.pcm.dissemination;
    exports id.go.pcm.evaluation;
    exports id.go.pcm.media;
    exports id.go.pcm.month;
    exports id.go.pcm.narrative;
    exports id.go.pcm.report;
    exports id.go.pcm.validation;
}
