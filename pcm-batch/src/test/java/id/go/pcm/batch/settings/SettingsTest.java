package id.go.pcm.batch.settings;

import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.evaluation.EvaluationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PCM's settings as the operator gives them: what is read, and each refusal's one line in both languages. */
class SettingsTest {

    @TempDir
    Path dir;

    /** The shipped conf file, as the launcher passes it. */
    private static final Path SHIPPED_CONF = Path.of("src", "main", "dist", "conf", "application.properties");

    private Path conf(String... lines) throws IOException {
        return Files.writeString(dir.resolve("application.properties"), String.join("\n", lines) + "\n");
    }

    private static List<String> withConf(Path conf, String... args) {
        List<String> all = new ArrayList<>(List.of("--spring.config.additional-location=optional:file:" + conf));
        all.addAll(List.of(args));
        return all;
    }

    private static SettingsException refused(List<String> args, Map<String, String> variables) {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.given(args, variables));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(1, e.messageId().lines().count(), e.messageId());
        return e;
    }

    @Test
    void withNothingGivenTheDefaultsApply() {
        PcmSettings settings = Settings.given(List.of(), Map.of("PCM_HOME", dir.toString()));
        assertEquals(EvaluationSettings.DEFAULTS, settings.evaluation());
        assertEquals("Kementerian Komunikasi dan Digital Republik Indonesia", settings.words().issuer());
        assertEquals(dir, settings.home());
        assertEquals(java.time.ZoneId.of("Asia/Jakarta"), settings.zone());
        assertEquals(List.of(), settings.warnings(true));
    }

    @Test
    void theOfficesZoneIsAZoneId() throws IOException {
        assertEquals(java.time.ZoneId.of("Asia/Makassar"), Settings.given(withConf(conf("pcm.zone=Asia/Makassar")), Map.of())
                .zone());
        assertEquals(java.time.ZoneId.of("Asia/Jayapura"), Settings.given(List.of(), Map.of("PCM_ZONE", "Asia/Jayapura")).zone());
        assertEquals(java.time.ZoneId.of("+08:00"), Settings.given(List.of("--pcm.zone=+08:00"), Map.of()).zone());
    }

    @Test
    void aZoneThatIsNoZoneIdIsRefusedNamingTheKeyTheValueAndAnExample() throws IOException {
        Path conf = conf("pcm.zone=WITA");
        SettingsException e = refused(withConf(conf), Map.of());
        assertEquals("pcm.zone=WITA (" + conf + ", line 1) is not valid: write a time zone such as Asia/Jakarta (WIB),"
                + " Asia/Makassar (WITA) or Asia/Jayapura (WIT).", e.getMessage());
        assertEquals("pcm.zone=WITA (" + conf + ", baris 1) tidak sah: tulis zona waktu seperti Asia/Jakarta (WIB),"
                + " Asia/Makassar (WITA) atau Asia/Jayapura (WIT).", e.messageId());
        assertTrue(refused(List.of("--pcm.zone=Asia/Samarinda"), Map.of()).getMessage().startsWith(
                "pcm.zone=Asia/Samarinda (on the command line) is not valid"));
        assertTrue(refused(List.of("--pcm.zone="), Map.of()).getMessage().startsWith("pcm.zone= (on the command line)"));
    }

    @Test
    void valuesAreReadFromTheConfFileTheEnvironmentAndTheCommandLineInSpringsOrder() throws IOException {
        Path conf = conf("pcm.deadline-day=6", "pcm.deadlineDay=6", "pcm.default-due-hours=48", "pcm.report.issuer=Dari Berkas",
                "pcm.weights.report=0.4", "pcm.weights.coverage=0.4", "pcm.bounds.kurang=35.5");
        PcmSettings settings = Settings.given(withConf(conf, "--pcm.report.issuer=Dari Baris Perintah"),
                Map.of("PCM_DEFAULT_DUE_HOURS", "24"));
        assertEquals(6, settings.evaluation().deadlineDay());
        assertEquals(24, settings.evaluation().defaultDueHours(), "the environment overrides the file");
        assertEquals("Dari Baris Perintah", settings.words().issuer(), "the command line overrides both");
        assertEquals(0.4, settings.evaluation().reportWeight());
        assertEquals(35.5, settings.evaluation().bounds().kurang());
    }

    @Test
    void aMisspeltKeyInTheConfFileIsRefusedNamingTheFileTheLineAndTheNearestKey() throws IOException {
        Path conf = conf("# the weights", "pcm.weigths.report=0.5");
        SettingsException e = refused(withConf(conf), Map.of());
        assertEquals("pcm.weigths.report (" + conf + ", line 2) is not a PCM setting; did you mean pcm.weights.report?"
                + " Correct it or remove it.", e.getMessage());
        assertEquals("pcm.weigths.report (" + conf + ", baris 2) bukan pengaturan PCM; maksud Anda pcm.weights.report?"
                + " Perbaiki atau hapus.", e.messageId());
    }

    @Test
    void aMisspeltKeyOnTheCommandLineIsRefused() {
        SettingsException e = refused(List.of("--pcm.report.isuer=Unit"), Map.of());
        assertEquals("pcm.report.isuer (on the command line) is not a PCM setting; did you mean pcm.report.issuer?"
                + " Correct it or remove it.", e.getMessage());
    }

    @Test
    void anUnknownKeyFarFromEverySettingIsRefusedWithoutAGuess() {
        SettingsException e = refused(List.of("--pcm.colour=merah"), Map.of());
        assertEquals("pcm.colour (on the command line) is not a PCM setting (PCM's settings are listed in"
                + " conf/application.properties); correct it or remove it.", e.getMessage());
    }

    @Test
    void theSigningPasswordIsRefusedAnywhereButItsEnvironmentVariable() throws IOException {
        SettingsException e = refused(List.of("--pcm.sign.password=rahasia"), Map.of());
        assertEquals("pcm.sign.password (on the command line) is not taken: the signing key is named on the command line"
                + " (--sign-keystore, --sign-pkcs11, --sign-alias) and its password or PIN is read from the environment"
                + " variable PCM_SIGN_PASSWORD only; remove it.", e.getMessage());
        assertTrue(!e.getMessage().contains("rahasia") && !e.messageId().contains("rahasia"), "the password is never shown");
        Path conf = conf("pcm.sign.pin=1234");
        assertTrue(refused(withConf(conf), Map.of()).getMessage().startsWith("pcm.sign.pin (" + conf + ", line 1) is not taken"));
        Settings.given(List.of(), Map.of("PCM_SIGN_PASSWORD", "rahasia")); // where it belongs
    }

    @Test
    void theLaunchersOwnVariablesAreNeitherRefusedNorWarnedAbout() {
        PcmSettings settings = Settings.given(List.of(), Map.of("PCM_HOME", dir.toString(), "PCM_JAVA_OPTS", "-Xmx1g",
                "PCM_CDS", "off", "PCM_SIGN_PASSWORD", "x", "PCM_TEST_POSTGRES_URL", "jdbc:postgresql://h/db"));
        assertEquals(List.of(), settings.warnings(true));
    }

    @Test
    void anEnvironmentVariableThatLooksMisspeltIsAWarningNotARefusal() {
        PcmSettings settings = Settings.given(List.of(), Map.of("PCM_WEIGTHS_REPORT", "0.5"));
        assertEquals(List.of("warning: the environment variable PCM_WEIGTHS_REPORT sets no PCM setting and is ignored;"
                + " did you mean PCM_WEIGHTS_REPORT?"), settings.warnings(true));
        assertEquals(List.of("peringatan: variabel lingkungan PCM_WEIGTHS_REPORT tidak mengatur apa pun di PCM dan"
                + " diabaikan; maksud Anda PCM_WEIGHTS_REPORT?"), settings.warnings(false));
        assertEquals(EvaluationSettings.DEFAULTS, settings.evaluation());
    }

    @Test
    void environmentVariablesSetTheSettingsTheyName() {
        PcmSettings settings = Settings.given(List.of(), Map.of("PCM_DEADLINE_DAY", "7", "PCM_BOUNDS_SANGATBAIK", "95"));
        assertEquals(7, settings.evaluation().deadlineDay());
        assertEquals(95, settings.evaluation().bounds().sangatBaik());
        assertEquals(List.of(), settings.warnings(true));
    }

    @Test
    void aDecimalCommaIsRefusedNamingTheKeyTheValueAndTheFormWanted() throws IOException {
        Path conf = conf("pcm.weights.report=0,3");
        SettingsException e = refused(withConf(conf), Map.of());
        assertEquals("pcm.weights.report=0,3 (" + conf + ", line 1) is not valid: write a decimal number with a point,"
                + " from 0 to 1, e.g. 0.3.", e.getMessage());
        assertEquals("pcm.weights.report=0,3 (" + conf + ", baris 1) tidak sah: tulis bilangan desimal dengan titik,"
                + " dari 0 sampai 1, mis. 0.3.", e.messageId());
        assertEquals("pcm.weights.report=0,3 (environment variable PCM_WEIGHTS_REPORT) is not valid: write a decimal"
                + " number with a point, from 0 to 1, e.g. 0.3.", refused(List.of(), Map.of("PCM_WEIGHTS_REPORT", "0,3")).getMessage());
    }

    @Test
    void javasOtherNumberFormsAreRefusedToo() {
        for (String value : List.of("3e-1", "NaN", "0.3d", "0x1p-2", ".3", "")) {
            SettingsException e = refused(List.of("--pcm.weights.report=" + value), Map.of());
            assertTrue(e.getMessage().startsWith("pcm.weights.report=" + value + " (on the command line) is not valid"), e.getMessage());
        }
        assertEquals("pcm.bounds.baik=120 (on the command line) is not valid: write a decimal number with a point, from 0 to"
                + " 100, e.g. 80.", refused(List.of("--pcm.bounds.baik=120"), Map.of()).getMessage());
    }

    @Test
    void aWholeNumberOutOfWordsOrOutOfRangeIsRefused() {
        assertEquals("pcm.deadline-day=lima (on the command line) is not valid: write a whole number 1\u201328.",
                refused(List.of("--pcm.deadline-day=lima"), Map.of()).getMessage());
        assertEquals("pcm.deadline-day=40 (on the command line) tidak sah: tulis bilangan bulat 1\u201328.".replace(
                        "(on the command line)", "(di baris perintah)"),
                refused(List.of("--pcm.deadline-day=40"), Map.of()).messageId());
        assertTrue(refused(List.of("--pcm.default-due-hours=1000"), Map.of()).getMessage().endsWith("write a whole number 1\u2013720."));
    }

    @Test
    void aLogLevelThatIsNoneIsRefused() throws IOException {
        Path conf = conf("logging.level.root=LOUD");
        assertEquals("logging.level.root=LOUD (" + conf + ", line 1) is not valid: write one of TRACE, DEBUG, INFO, WARN,"
                + " ERROR, OFF.", refused(withConf(conf), Map.of()).getMessage());
        Settings.given(List.of("--logging.level.id.go.pcm=debug", "--logging.level.root=warn"), Map.of());
    }

    @Test
    void weightsThatDoNotAddUpToOneAndBoundsThatDoNotDescendAreRefused() {
        assertEquals("pcm.weights.report, pcm.weights.coverage and pcm.weights.timeliness add up to 1.1; they must add up"
                + " to 1 (the defaults are 0.3, 0.5 and 0.2).", refused(List.of("--pcm.weights.report=0.4"), Map.of()).getMessage());
        assertEquals("pcm.bounds.sangat-baik, pcm.bounds.baik, pcm.bounds.cukup and pcm.bounds.kurang are 90, 95, 60, 40;"
                + " each must be lower than the one before it (the defaults are 90, 80, 60 and 40).",
                refused(List.of("--pcm.bounds.baik=95"), Map.of()).getMessage());
    }

    @Test
    void aStrayUnicodeEscapeInTheConfFileIsOneLineNamingTheFileAndLine() throws IOException {
        Path conf = conf("# \\uZZZZ in a comment is not read", "pcm.report.issuer=Unit \\\\uZZZZ escaped is text",
                "pcm.report.issuer=Kementerian \\uZZZZ");
        SettingsException e = refused(withConf(conf), Map.of());
        assertEquals(conf + ", line 3, cannot be read: \\uZZZZ is not a Unicode escape (\\u and four hexadecimal digits);"
                + " correct it, or write a backslash as \\\\.", e.getMessage());
        assertEquals(conf + ", baris 3, tidak dapat dibaca: \\uZZZZ bukan escape Unicode (\\u dan empat digit heksadesimal);"
                + " perbaiki, atau tulis garis miring terbalik sebagai \\\\.", e.messageId());
    }

    @Test
    void aHomeThatIsAFileIsRefusedBeforeAnythingIsWrittenInIt() throws IOException {
        Path file = Files.writeString(dir.resolve("home"), "not a folder");
        SettingsException e = assertThrows(SettingsException.class,
                () -> Settings.requireWritableHome(Settings.given(List.of(), Map.of("PCM_HOME", file.toString()))));
        assertEquals("PCM_HOME=" + file + " cannot be used as PCM's home (" + file + " is a file); set PCM_HOME to a folder"
                + " the user running PCM may write to.", e.getMessage());
        e = assertThrows(SettingsException.class,
                () -> Settings.requireWritableHome(Settings.given(List.of("--pcm.home=" + file.resolve("sub")), Map.of())));
        assertTrue(e.getMessage().startsWith("pcm.home=" + file.resolve("sub") + " cannot be used as PCM's home ("), e.getMessage());
        Settings.requireWritableHome(Settings.given(List.of(), Map.of("PCM_HOME", dir.resolve("new").toString())));
        assertTrue(Files.isDirectory(dir.resolve("new")), "a home not there yet is made");
        assertEquals(List.of(), Files.list(dir.resolve("new")).toList(), "and the probe removed");
    }

    @Test
    void everyKeyOfTheShippedConfFileIsASettingAndItsDefaultIsAccepted() throws IOException {
        // Uncommented, the shipped file's example values are what a careful operator would write.
        List<String> lines = Files.readAllLines(SHIPPED_CONF).stream()
                .filter(l -> l.matches("#[a-z][a-z.-]+=.*")).map(l -> l.substring(1))
                .filter(l -> !l.startsWith("spring.datasource.")) // a server to reach, not a setting to check here
                .toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("pcm.weights.report=")), lines.toString());
        PcmSettings settings = Settings.given(withConf(conf(lines.toArray(String[]::new))), Map.of("PCM_HOME", dir.toString()));
        assertEquals(EvaluationSettings.DEFAULTS, settings.evaluation());
        for (Setting setting : Setting.values()) {
            assertTrue(Files.readString(SHIPPED_CONF).contains("#" + setting.key() + "="), setting.key() + " is listed");
        }
        assertEquals(DocumentWords.national("Kementerian Komunikasi dan Digital Republik Indonesia"), settings.words(),
                "the listed values are the national words");
    }

    @Test
    void theWordsOnTheDocumentsAreReadAndTheirDefaultsAreTheNationalEditions() throws IOException {
        assertEquals(DocumentWords.national("Kementerian Komunikasi dan Digital Republik Indonesia"),
                Settings.given(List.of(), Map.of("PCM_HOME", dir.toString())).words());
        Path conf = conf("pcm.report.addressee=Bupati Kutai Timur", "pcm.report.region=Kabupaten Kutai Timur",
                "pcm.report.agencies-word=perangkat daerah");
        PcmSettings settings = Settings.given(withConf(conf, "--pcm.report.issuer=Diskominfo Kutai Timur"),
                Map.of("PCM_REPORT_AGENCIESWORDEN", "regional units"));
        assertEquals(new DocumentWords("Diskominfo Kutai Timur", "Bupati Kutai Timur", "Kabupaten Kutai Timur",
                "perangkat daerah", "regional units"), settings.words());
    }

    @Test
    void aWordThatCannotBePrintedAsGivenIsRefusedNamingTheKeyAndTheFormWanted() throws IOException {
        SettingsException empty = refused(List.of("--pcm.report.agencies-word="), Map.of());
        assertEquals("pcm.report.agencies-word= (on the command line) is not valid: write one line of text, not empty, of at"
                + " most 150 characters, e.g. perangkat daerah.", empty.getMessage());
        assertEquals("pcm.report.agencies-word= (di baris perintah) tidak sah: tulis satu baris teks yang tidak kosong,"
                + " paling banyak 150 karakter, mis. perangkat daerah.", empty.messageId());
        SettingsException staff = refused(List.of("--pcm.report.agencies-word-en=staff"), Map.of());
        assertEquals("pcm.report.agencies-word-en=staff (on the command line) is not valid: write an English plural on one"
                + " line of at most 150 characters, its last word ending in s, e.g. regional units (PCM makes the singular"
                + " by dropping the s, the es after ch, sh, ss, x or z, or by writing y for ies).", staff.getMessage());
        Path conf = conf("# a tab, written as a properties file writes it", "pcm.report.region=Kabupaten\\tKutai Timur");
        SettingsException tab = refused(withConf(conf), Map.of());
        assertEquals("pcm.report.region=Kabupaten\tKutai Timur (" + conf + ", line 2) is not valid: write one line of text of"
                + " at most 150 characters, without line breaks, tabs or other control characters.", tab.getMessage());
        String long151 = "Kabupaten " + "x".repeat(141);
        assertTrue(refused(List.of("--pcm.report.addressee=" + long151), Map.of()).getMessage()
                .startsWith("pcm.report.addressee=Kabupaten xxx"));
        assertEquals("Kabupaten " + "x".repeat(140), Settings.given(List.of("--pcm.report.addressee=Kabupaten " + "x".repeat(140)),
                Map.of()).words().addressee(), "150 characters are taken");
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_id.properties"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SettingsTest.class.getResourceAsStream("/id/go/pcm/batch/settings/" + bundle)) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
