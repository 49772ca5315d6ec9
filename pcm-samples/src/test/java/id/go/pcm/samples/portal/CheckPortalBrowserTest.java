package id.go.pcm.samples.portal;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.MonthFile;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static id.go.pcm.samples.portal.PortalTestData.IMG;
import static id.go.pcm.samples.portal.PortalTestData.SCRIPT;
import static id.go.pcm.samples.portal.PortalTestData.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * driven by Selenium: what a clerk sees. One browser for all the tests. Screenshots of each page go
 * to {@code target/portal-*.png}.
 *
 * <p>These tests fail, never skip, when the browser is missing, so that a build cannot pass without
 * them.
 */
class CheckPortalBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static CheckPortal portal;
    private static WebDriver browser;
    private static Path files;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "The browser tests need " + CHROMIUM
                + " and " + CHROMEDRIVER + ": install Debian's packages with: apt-get install -y chromium chromium-driver");
        portal = CheckPortal.run(PortalTestData.portalArgs(), new PrintStream(OutputStream.nullOutputStream()));
        files = Files.createTempDirectory("pcm-portal-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(files.resolve("profile")), "--window-size=1280,1000", "--lang=id");
        // The Debian driver, named here, so that Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    /** Writes a file the clerk would pick, under its month file name, in a folder of its own. */
    private static File fileToUpload(String folder, String name, byte[] content) throws IOException {
        Path file = Files.createDirectories(files.resolve(folder)).resolve(name);
        Files.write(file, content);
        return file.toFile();
    }

    private static void upload(String sender, File file) {
        if (sender != null) {
            browser.findElement(By.id("sender")).sendKeys(sender);
        }
        browser.findElement(By.id("file")).sendKeys(file.getAbsolutePath());
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/check"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Path target = Files.createDirectories(Path.of("target"));
        Files.write(target.resolve("portal-" + name + ".png"), png);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void assertRejectTable(List<Reject> expected, boolean english) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#rejects tbody tr"));
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Reject reject = expected.get(i);
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(List.of(Long.toString(reject.line()), reject.column() == null ? "\u2014" : reject.column(),
                    reject.recordId() == null ? "\u2014" : reject.recordId(), reject.code().name(),
                    english ? reject.messageEn() : reject.messageId()), cells, "row " + i);
        }
    }

    @Test
    void aClerkUploadsAFaultyFileAndSeesItsRowsAndEveryRejectedRow() throws IOException {
        browser.get(portal.uri().toString());
        assertEquals("Periksa berkas sebelum dikirim \u2014 Pemeriksaan Berkas PCM", browser.getTitle());
        assertTrue(browser.findElements(By.cssSelector("#agencies option[value='" + SENDER + "']")).size() == 1,
                "the sender can be picked from the list");
        screenshot("form");
        byte[] csv = PortalTestData.faultyDissemination();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, csv, SENDER);
        upload(SENDER, fileToUpload("faulty", "dissemination.csv", csv));

        assertEquals("Hasil pemeriksaan: dissemination.csv", browser.findElement(By.tagName("h1")).getText());
        assertEquals(Long.toString(expected.summary().rows()), text("rows"));
        assertEquals(Long.toString(expected.summary().accepted()), text("accepted"));
        assertEquals(Long.toString(expected.summary().rejected()), text("rejected"));
        assertEquals("catatan", text("unknown-columns"));
        assertEquals(SENDER, text("sender-shown"));
        assertRejectTable(expected.rejects(), false);
        screenshot("result");
    }

    @Test
    void aClerkUploadsASubmissionAndSeesEachSheetAndTheRejectedRowsWithTheirSheet() throws IOException {
        browser.get(portal.uri().toString());
        byte[] workbook = PortalTestData.submission();
        List<InputSummary> sheets = new ArrayList<>();
        FileCheck.Result expected = PortalTestData.checkSubmissionDirectly(workbook, SENDER, sheets);
        upload(SENDER, fileToUpload("submission", PortalTestData.SUBMISSION, workbook));

        assertEquals("Hasil pemeriksaan: " + PortalTestData.SUBMISSION, browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(PortalTestData.SUBMISSION + "#reports: 2 baris, 1 diterima, 1 ditolak",
                        PortalTestData.SUBMISSION + "#dissemination: 3 baris, 2 diterima, 1 ditolak"),
                browser.findElements(By.cssSelector("#sheets li")).stream().map(WebElement::getText).toList());
        assertEquals(Long.toString(sheets.stream().mapToLong(InputSummary::rejected).sum()), text("rejected"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#rejects tbody tr"));
        assertEquals(expected.rejects().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Reject reject = expected.rejects().get(i);
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(List.of(reject.file().substring(reject.file().indexOf('#') + 1), Long.toString(reject.line()),
                    reject.column() == null ? "\u2014" : reject.column(), reject.recordId() == null ? "\u2014" : reject.recordId(),
                    reject.code().name(), reject.messageId()), cells, "row " + i);
        }
        screenshot("submission");
    }

    @Test
    void markupInTheFileIsShownAsTextAndNothingOfItRuns() throws IOException {
        browser.get(portal.uri().toString());
        byte[] csv = PortalTestData.hostileMedia();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.MEDIA, csv, null);
        upload(null, fileToUpload("hostile", "media.csv", csv));

        assertEquals("Hasil pemeriksaan: media.csv \u2014 Pemeriksaan Berkas PCM", browser.getTitle(), "no script retitled the page");
        assertTrue(browser.findElements(By.tagName("img")).isEmpty(), "no image element was made from the file");
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "no script element was made from the file");
        assertTrue(browser.findElements(By.cssSelector("[onerror]")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert ran");
        assertRejectTable(expected.rejects(), false);
        String firstId = browser.findElement(By.cssSelector("#rejects tbody tr td.id")).getText();
        assertEquals(SCRIPT, firstId, "the id reads as the text it is");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(IMG));
        screenshot("markup");
    }

    @Test
    void anOversizedUploadShowsTheLimitPageInTheBrowser() throws IOException {
        browser.get(portal.uri().toString());
        // Far larger than the limit and than the socket buffers, as a year's export picked by mistake would be.
        byte[] big = PortalTestData.mediaOfSize((int) (20 * PortalTestData.LIMIT_BYTES));
        upload(null, fileToUpload("big", "media.csv", big));

        // A browser that lost the connection would show its own error page, not the portal's.
        assertEquals("Berkas terlalu besar", text("problem"));
        assertTrue(text("problem-text").startsWith("Unggahan lebih besar dari batas 1 MB"), text("problem-text"));
        assertTrue(browser.getTitle().startsWith("Berkas terlalu besar"), browser.getTitle());
        screenshot("limit");
    }

    @Test
    void aFaultyTypesCsvIsRefusedWithItsLineAndColumnInEitherLanguage() throws IOException {
        byte[] csv = CheckPortalTypesTest.FAULTY_TYPES.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UnusableFileException refusal = assertThrows(UnusableFileException.class,
                () -> PortalTestData.directCheck().checkTypes(new java.io.ByteArrayInputStream(csv)));
        File upload = fileToUpload("types", "types.csv", csv);

        browser.get(portal.uri().toString());
        upload(null, upload);
        assertEquals("Berkas tidak dapat diperiksa: types.csv", browser.findElement(By.tagName("h1")).getText());
        assertEquals(refusal.messageId(), text("refusal"));
        assertTrue(text("refusal").startsWith("types.csv baris 4, kolom parent_type: "), text("refusal"));
        screenshot("types-refused");

        browser.get(portal.uri() + "?lang=en");
        upload(null, upload);
        assertEquals("The file cannot be checked: types.csv", browser.findElement(By.tagName("h1")).getText());
        assertEquals(refusal.getMessage(), text("refusal"));
        assertTrue(text("refusal").startsWith("types.csv line 4, column parent_type: "), text("refusal"));
        screenshot("types-refused-en");
    }

    @Test
    void theLanguageSwitchGivesTheEnglishFormAndAnEnglishResult() throws IOException {
        browser.get(portal.uri().toString());
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Check a file"));
        byte[] csv = PortalTestData.faultyDissemination();
        FileCheck.Result expected = PortalTestData.checkDirectly(MonthFile.DISSEMINATION, csv, null);
        upload(null, fileToUpload("english", "dissemination.csv", csv));

        assertEquals("Check result: dissemination.csv", browser.findElement(By.tagName("h1")).getText());
        assertRejectTable(expected.rejects(), true);
        screenshot("result-en");
    }
}
