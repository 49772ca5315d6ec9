package id.go.pcm.samples.portal;

/**
 * Every label and sentence of the page, in Bahasa Indonesia and English. Arguments are {@code {0}},
 * {@code {1}}, … and are plain text: the page escapes the finished sentence, never a piece of it.
 */
enum Text {
    APP("Pemeriksaan Berkas PCM", "PCM File Check"),
    UNIT("Pengelolaan Komunikasi Publik", "Public Communication Management"),
    FORM_TITLE("Periksa berkas sebelum dikirim", "Check a file before sending it"),
    FORM_LEAD("Unggah satu dari lima berkas bulanan. Berkas diperiksa dengan aturan yang sama dengan evaluasi bulanan,"
            + " jadi baris yang ditolak di sini akan ditolak juga saat bulan ini dievaluasi.",
            "Upload one of the month's five files. It is checked with the very rules of the monthly evaluation,"
            + " so a row rejected here will be rejected when the month is evaluated."),
    PERIOD("Bulan evaluasi", "Evaluation month"),
    AS_OF("Waktu acuan", "As of"),
    AS_OF_NOW("saat pemeriksaan", "the time of the check"),
    SENDER("Instansi pengirim (K/L/D)", "Sending agency"),
    SENDER_HINT("Ketik atau pilih kode instansi. Bila diisi, baris laporan berkala dan bukti diseminasi milik instansi"
            + " lain ditolak (OTHER_AGENCY). Kosongkan untuk berkas kementerian.",
            "Type or pick the agency's id. When given, rows of reports and dissemination evidence that belong to"
            + " another agency are rejected (OTHER_AGENCY). Leave it empty for the ministry's files."),
    FILE("Berkas", "File"),
    FILE_HINT("Salah satu dari: {0}. Paling besar {1}\u00A0MB.", "One of: {0}. At most {1}\u00A0MB."),
    SUBMIT("Periksa berkas", "Check the file"),
    OTHER_LANGUAGE("English", "Bahasa Indonesia"),
    RESULT_TITLE("Hasil pemeriksaan: {0}", "Check result: {0}"),
    ROWS("Baris", "Rows"),
    ACCEPTED("Diterima", "Accepted"),
    REJECTED("Ditolak", "Rejected"),
    UNKNOWN_COLUMNS("Kolom tak dikenal (diabaikan)", "Unknown columns (ignored)"),
    NONE("tidak ada", "none"),
    SENT_BY("Pengirim", "Sender"),
    NO_SENDER("tidak disebut", "not given"),
    CLEAN("Semua baris diterima: berkas siap dikirim.", "Every row was accepted: the file is ready to send."),
    REJECTS_TITLE("Baris yang ditolak", "Rejected rows"),
    REJECTS_ALL("{0} baris ditolak. Perbaiki baris-baris ini, lalu periksa lagi.",
            "{0} rows rejected. Correct them, then check the file again."),
    REJECTS_FIRST("Ditampilkan {0} baris pertama dari {1} baris yang ditolak; {2} lainnya tidak ditampilkan."
            + " Perbaiki baris-baris ini, lalu periksa lagi untuk melihat sisanya.",
            "The first {0} of {1} rejected rows are shown; {2} more are not. Correct these, then check the file"
            + " again to see the rest."),
    LINE("Baris", "Line"),
    COLUMN("Kolom", "Column"),
    RECORD_ID("ID baris", "Record id"),
    RULE("Aturan", "Rule"),
    MESSAGE("Pesan", "Message"),
    ANOTHER("Periksa berkas lain", "Check another file"),
    REFUSED_TITLE("Berkas tidak dapat diperiksa: {0}", "The file cannot be checked: {0}"),
    REFUSED_LEAD("Seluruh berkas ditolak, jadi barisnya tidak diperiksa. Perbaiki berkas, lalu unggah lagi.",
            "The whole file is refused, so its rows were not checked. Correct the file, then upload it again."),
    FOOTER("Aturan dan pesan sama dengan evaluasi bulanan (pcm-core). Berkas yang diunggah tidak disimpan.",
            "The rules and messages are those of the monthly evaluation (pcm-core). Uploaded files are not kept."),

    TOO_LARGE_TITLE("Berkas terlalu besar", "The file is too large"),
    TOO_LARGE("Unggahan lebih besar dari batas {0}\u00A0MB, jadi berkas tidak diperiksa. Pastikan berkas yang dipilih benar;"
            + " berkas sebesar itu dapat diperiksa dengan baris perintah pcm-batch --check.",
            "The upload is larger than the {0}\u00A0MB limit, so the file was not checked. Make sure the right file was"
            + " chosen; a file that large can be checked with the command line pcm-batch --check."),
    WRONG_NAME_TITLE("Nama berkas tidak dikenal", "Unknown file name"),
    WRONG_NAME("\u201C{0}\u201D bukan salah satu berkas bulanan. Namai berkas persis salah satu dari: {1}.",
            "\u201C{0}\u201D is not one of the month's files. Name the file exactly one of: {1}."),
    NO_FILE_TITLE("Tidak ada berkas", "No file"),
    NO_FILE("Pilih berkas yang akan diperiksa.", "Choose the file to check."),
    UNKNOWN_SENDER_TITLE("Instansi pengirim tidak dikenal", "Unknown sending agency"),
    UNKNOWN_SENDER("\u201C{0}\u201D bukan instansi yang diterima dalam agencies.csv bulan ini. Pilih kode instansi dari"
            + " daftar, atau kosongkan isian pengirim.",
            "\u201C{0}\u201D is not an accepted agency of this month's agencies.csv. Pick the agency's id from the"
            + " list, or leave the sender empty."),
    SENDER_TOO_LONG_TITLE("Kode instansi pengirim terlalu panjang", "Sending agency id too long"),
    SENDER_TOO_LONG("Isian pengirim lebih dari {0} bita, padahal kode instansi (agency_id) paling banyak 40 karakter:"
            + " ini bukan instansi yang dikenal. Pilih kode instansi dari daftar, atau kosongkan isian pengirim.",
            "The sender is longer than {0} bytes, while an agency id (agency_id) has at most 40 characters: it is no"
            + " known agency. Pick the agency's id from the list, or leave the sender empty."),
    SENDER_AFTER_FILE_TITLE("Urutan isian salah", "Fields in the wrong order"),
    SENDER_AFTER_FILE("Isian sender harus dikirim sebelum berkas (file): berkas diperiksa sambil diunggah.",
            "The sender field must come before the file: the file is checked as it is uploaded."),
    TWO_FILES_TITLE("Satu berkas setiap pemeriksaan", "One file per check"),
    TWO_FILES("Unggahan berisi lebih dari satu berkas. Periksa satu berkas setiap kali.",
            "The upload holds more than one file. Check one file at a time."),
    BAD_UPLOAD_TITLE("Unggahan rusak", "Broken upload"),
    BAD_UPLOAD("Unggahan terputus atau bukan formulir multipart/form-data yang utuh. Coba unggah lagi.",
            "The upload was cut off or is not a whole multipart/form-data form. Try uploading again."),
    NOT_MULTIPART_TITLE("Bukan unggahan formulir", "Not a form upload"),
    NOT_MULTIPART("Kirim berkas sebagai multipart/form-data, dengan bagian bernama file.",
            "Send the file as multipart/form-data, in a part named file."),
    NOT_FOUND_TITLE("Halaman tidak ada", "No such page"),
    NOT_FOUND("Alamat ini tidak ada. Buka formulir pemeriksaan.", "There is nothing at this address. Open the check form."),
    METHOD_TITLE("Cara permintaan salah", "Wrong request method"),
    METHOD("Alamat ini menerima {0} saja.", "This address takes {0} only."),
    REFERENCE_TITLE("Data acuan tidak dapat dibaca", "The reference data cannot be read"),
    REFERENCE("Data acuan bulan ini (agencies.csv, narratives.csv) tidak dapat dibaca, jadi berkas tidak diperiksa."
            + " Hubungi pengelola portal.",
            "The month's reference data (agencies.csv, narratives.csv) cannot be read, so the file was not checked."
            + " Tell the portal's administrator."),
    FAILED_TITLE("Terjadi kesalahan", "Something went wrong"),
    FAILED("Pemeriksaan gagal karena kesalahan di server. Coba lagi; bila berulang, hubungi pengelola portal.",
            "The check failed on the server. Try again; if it happens again, tell the portal's administrator.");

    private final String indonesian;
    private final String english;

    Text(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /**
     * @param language the page's language
     * @param args     the sentence's arguments, as text
     * @return the sentence, not yet escaped
     */
    String in(Language language, Object... args) {
        String template = language == Language.EN ? english : indonesian;
        // One pass over the template, so that an argument holding "{1}" (a file name) stays as it is.
        StringBuilder text = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}'
                    && Character.isDigit(template.charAt(i + 1)) && template.charAt(i + 1) - '0' < args.length) {
                text.append(args[template.charAt(i + 1) - '0']);
                i += 2;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
