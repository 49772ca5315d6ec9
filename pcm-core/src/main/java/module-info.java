/**
 * PCM's embeddable library (Inpres 9/2015 public-communication management): the domain of a month's
 * files, their validation rules, reading the agencies' CSV files, the self-check of one file before it
 * is sent, and the monthly evaluation. Start with {@link id.go.pcm.Monev}.
 *
 * <p>Exported are the entry points ({@code Monev}, {@code MonthEvaluation}, {@code FileCheck}), the
 * month's files, the rejects, the settings, the figures and the domain records. The rules, the
 * registries, the evaluator, the CSV reader and the helpers behind them live in
 * {@code id.go.pcm.internal} and its sub-packages, which are not exported and may change in any release.
 */
module id.go.pcm.core {
    requires org.apache.commons.csv;
    requires org.apache.commons.codec;
    requires org.dhatim.fastexcel.reader;
    requires java.xml;

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
