package id.go.pcm.batch.kit;

import id.go.pcm.batch.kit.KitColumn.Choice;
import id.go.pcm.dissemination.Channel;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one agency's kit (SPEC 10.3) with fastexcel: the instructions, then {@code reports} (its one
 * row pre-filled), {@code dissemination} (empty), then the hidden sheet of lists; every column of the
 * two sheets formatted, listed and explained. The same kit, words and time give the same bytes.
 */
final class KitWorkbook {

    /** The sheets in tab order; fastexcel names their parts {@code sheet1.xml} on in this order. */
    private static final String REPORTS_PART = "xl/worksheets/sheet2.xml";
    private static final String DISSEMINATION_PART = "xl/worksheets/sheet3.xml";
    private static final String HEADER_FILL = "DDEBF7";

    private final KitTexts texts;
    private final Path scratch;

    /**
     * @param texts   the kit's words
     * @param scratch a folder for temporary files
     */
    KitWorkbook(KitTexts texts, Path scratch) {
        this.texts = texts;
        this.scratch = scratch;
    }

    /**
     * @param kit the kit
     * @return the workbook's bytes
     */
    byte[] write(Kit kit) {
        Map<Choice, List<String>> lists = lists(kit);
        ByteArrayOutputStream written = new ByteArrayOutputStream(32 * 1024);
        try {
            Workbook workbook = new Workbook(written, "PCM", "1.0");
            InstructionsSheet.write(texts, kit, workbook.newWorksheet(texts.text("sheet.instructions")));
            Worksheet reports = entrySheet(workbook, KitSheet.REPORTS);
            int c = 0;
            for (String value : List.of(kit.reportId(), kit.agency().id(), kit.period().toString())) {
                reports.value(1, c, value);
                reports.style(1, c++).format(KitColumn.Entry.TEXT.format()).set();
            }
            entrySheet(workbook, KitSheet.DISSEMINATION);
            Worksheet listSheet = workbook.newWorksheet(texts.text("sheet.lists"));
            listSheet.setVisibilityState(VisibilityState.HIDDEN);
            for (Choice choice : lists.keySet()) {
                listSheet.value(0, choice.ordinal(), texts.text("list.head." + choice.name()));
                List<String> values = lists.get(choice);
                for (int r = 0; r < values.size(); r++) {
                    listSheet.value(r + 1, choice.ordinal(), values.get(r));
                }
                listSheet.width(choice.ordinal(), 20);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> validations = new LinkedHashMap<>();
        validations.put(REPORTS_PART, validations(KitSheet.REPORTS, kit, lists));
        validations.put(DISSEMINATION_PART, validations(KitSheet.DISSEMINATION, kit, lists));
        return FixedPackage.fix(written.toByteArray(), kit.asOf().toInstant(), validations, scratch);
    }

    /** The lists a clerk chooses from, each a column of the hidden sheet. */
    private Map<Choice, List<String>> lists(Kit kit) {
        Map<Choice, List<String>> lists = new EnumMap<>(Choice.class);
        lists.put(Choice.NARRATIVE, kit.narrativeChoices());
        lists.put(Choice.OWN_AGENCY, List.of(kit.agency().id()));
        lists.put(Choice.CHANNEL, Arrays.stream(Channel.values()).map(Channel::name).toList());
        lists.put(Choice.YES_NO, List.of(texts.text("list.yes"), texts.text("list.no")));
        return lists;
    }

    /** A sheet with its header, its columns formatted and sized, the header row frozen. */
    private static Worksheet entrySheet(Workbook workbook, KitSheet kitSheet) {
        Worksheet sheet = workbook.newWorksheet(kitSheet.sheetName());
        List<KitColumn> columns = kitSheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            KitColumn column = columns.get(c);
            sheet.value(0, c, column.name());
            sheet.style(0, c).bold().fillColor(HEADER_FILL).set();
            sheet.width(c, column.width());
            if (column.entry().format() != null) {
                sheet.style(c).format(column.entry().format()).set();
            }
        }
        sheet.freezePane(0, 1);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        return sheet;
    }

    private String validations(KitSheet sheet, Kit kit, Map<Choice, List<String>> lists) {
        String zoneName = texts.zoneName(kit.period().atDay(1).atStartOfDay(texts.zone()).toInstant());
        Object[] promptArgs = {zoneName, texts.text("deadline", texts.date(kit.lastDayOnTime()), zoneName),
                kit.agency().id(), texts.text("sheet.instructions")};
        Object[] alertArgs = {kit.agency().id()};
        return Validations.of(sheet, texts.text("sheet.lists"), choice -> lists.get(choice).size(), texts, promptArgs, alertArgs);
    }
}
