/**
 * The agencies' kits (SPEC 10.3): the workbook each active agency fills in and sends back as its
 * submission, written by {@code --kits} from the month's agencies, narratives and types, pre-filled and
 * guarded (text and date formats, lists to choose from, an input message on every column), with an
 * instructions sheet in the agency's language.
 */
package id.go.pcm.batch.kit;
