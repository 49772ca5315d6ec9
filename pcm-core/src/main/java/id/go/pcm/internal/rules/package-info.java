/**
 * Each month file's rules as a list of named rules in SPEC order, the columns each file holds
 * ({@link id.go.pcm.internal.rules.FileColumns}), and the month's registries of agencies and
 * narratives the other files are checked against. Not exported: embedders use {@code Monev},
 * {@code MonthEvaluation} and {@code FileCheck}.
 */
package id.go.pcm.internal.rules;
