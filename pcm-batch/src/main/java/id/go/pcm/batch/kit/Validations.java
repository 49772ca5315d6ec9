package id.go.pcm.batch.kit;

import id.go.pcm.batch.kit.KitColumn.Choice;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A kit sheet's {@code <dataValidations>} (SpreadsheetML), written here rather than by fastexcel: its
 * validations carry no input message and do not escape their texts (STACK.md), and a validation with
 * no title writes the word {@code null}. Each column gets one validation over the rows under its
 * header: a list from the hidden sheet where it has one, always an input message saying what goes in
 * it. Excel refuses a workbook whose texts exceed its limits, so the texts are checked against them.
 */
final class Validations {

    /** Excel's limits on a validation's texts, in characters. */
    static final int TITLE_LIMIT = 32;
    static final int PROMPT_LIMIT = 255;
    static final int ERROR_LIMIT = 225;

    private Validations() {
    }

    /**
     * @param sheet      the sheet
     * @param listsSheet the name of the hidden sheet holding the lists
     * @param listSize   how many values each list holds (a list with none gets no list validation)
     * @param texts      the kit's words
     * @param args       the arguments of the prompts ({0} zone, {1} deadline, {2} agency id, {3} the
     *                   instructions sheet's name) and of the alerts ({0} agency id)
     * @return the element, to go before {@code <pageMargins>}
     */
    static String of(KitSheet sheet, String listsSheet, ToIntFunction<Choice> listSize, KitTexts texts, Object[] args,
                     Object[] alertArgs) {
        List<KitColumn> columns = sheet.columns();
        StringBuilder xml = new StringBuilder("<dataValidations count=\"").append(columns.size()).append("\">");
        for (int c = 0; c < columns.size(); c++) {
            KitColumn column = columns.get(c);
            String letter = letter(c);
            String sqref = letter + "2:" + letter + (sheet.rows() + 1);
            String prompt = limited(texts.text("prompt." + sheet.sheetName() + "." + column.name(), args), PROMPT_LIMIT);
            String promptTitle = limited(column.name(), TITLE_LIMIT);
            int size = column.choice() == Choice.NONE ? 0 : listSize.applyAsInt(column.choice());
            xml.append("<dataValidation");
            if (size > 0) {
                String alert = alertKey(column.choice());
                xml.append(" type=\"list\" errorStyle=\"").append(alertStyle(column.choice())).append('"');
                xml.append(" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\"");
                attribute(xml, "errorTitle", limited(texts.text("alert." + alert + ".title"), TITLE_LIMIT));
                attribute(xml, "error", limited(texts.text("alert." + alert, alertArgs), ERROR_LIMIT));
            } else {
                xml.append(" allowBlank=\"1\" showInputMessage=\"1\"");
            }
            attribute(xml, "promptTitle", promptTitle);
            attribute(xml, "prompt", prompt);
            attribute(xml, "sqref", sqref);
            if (size > 0) {
                String listColumn = letter(column.choice().ordinal());
                xml.append("><formula1>").append(escaped("'" + listsSheet.replace("'", "''") + "'!$" + listColumn + "$2:$"
                        + listColumn + "$" + (size + 1))).append("</formula1></dataValidation>");
            } else {
                xml.append("/>");
            }
        }
        return xml.append("</dataValidations>").toString();
    }

    /**
     * SPEC 10.3 asks an information alert, not a block, for a narrative not in the list (one may be
     * issued after the kit). The other lists warn: the month also takes words they do not show (any
     * case, {@code y}/{@code 1}, {@code BALIHO}), so the clerk may keep what was typed.
     */
    static String alertStyle(Choice choice) {
        return choice == Choice.NARRATIVE ? "information" : "warning";
    }

    private static String alertKey(Choice choice) {
        return switch (choice) {
            case NARRATIVE -> "narrative_id";
            case OWN_AGENCY -> "agency_id";
            case CHANNEL -> "channel";
            case YES_NO -> "boolean";
            case NONE -> throw new IllegalArgumentException("no list, no alert");
        };
    }

    private static String limited(String text, int limit) {
        if (text.length() > limit) {
            throw new IllegalStateException("a kit's validation text is longer than Excel's " + limit + " characters: " + text);
        }
        return text;
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        xml.append(' ').append(name).append("=\"").append(escaped(value)).append('"');
    }

    /** XML's escapes for attribute and element text; a line break kept as one. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** @return a column's letters from its 0-based index: 0 is {@code A}, 26 is {@code AA} */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
