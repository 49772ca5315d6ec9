package id.go.pcm.internal.csv;

/**
 * Tells an Excel workbook from its first bytes, so that a workbook renamed {@code .csv} (or saved
 * under that name) is refused for what it is, with how to save it as CSV, rather than as text that is
 * "not UTF-8". Until workbooks are read (SPEC 10.1) every one is refused so.
 */
final class Workbook {

    /** A ZIP file's local header, {@code PK\3\4}: an {@code .xlsx} (Office Open XML) workbook is a ZIP. */
    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** An OLE2 compound file, as Excel 97-2003 saves an {@code .xls} workbook. */
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    private Workbook() {
    }

    /**
     * @param prefix a file's first bytes
     * @return the message key of its refusal, {@code file.xlsx} or {@code file.xls}, or {@code null}
     *         when the file does not start as a workbook
     */
    static String refusalKey(byte[] prefix) {
        if (startsWith(prefix, ZIP)) {
            return "file.xlsx";
        }
        if (startsWith(prefix, OLE2)) {
            return "file.xls";
        }
        return null;
    }

    private static boolean startsWith(byte[] prefix, int[] signature) {
        if (prefix.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((prefix[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
