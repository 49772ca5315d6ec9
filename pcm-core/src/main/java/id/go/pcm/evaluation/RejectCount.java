package id.go.pcm.evaluation;

/**
 * Rejected rows of one file under one rule, as the data-quality section and the JSON count them.
 *
 * @param file  the input file
 * @param rule  the rule code
 * @param count the rows
 */
public record RejectCount(String file, String rule, long count) {
}
