package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.guide.ProjectFiles;
import org.swarchive.inspect.InspectionWindowStore;

/**
 * The dashboard in a real browser (Debian's headless Chromium): a station head opens the station,
 * drills into an indicator with a gap, switches language, and looks at it on a phone; an evaluator
 * looks at the station through an open inspection window. Screenshots go to {@code target/screenshots/};
 * with {@code -Dswa.screenshots=docs/guide/img} (relative to the repository's root) the guides'
 * screenshots are copied there too — a normal build never writes into the sources.
 */
class DashboardBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    /** Where the guides' screenshots go when asked for ({@code -Dswa.screenshots=docs/guide/img}); null: nowhere. */
    static final String GUIDE_SCREENSHOTS = System.getProperty("swa.screenshots");
    static final String EVALUATORS = "jinniu-assessors";

    @TempDir
    static Path tmp;
    static DashboardServer.Running server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromedriver is absent (apt-get install -y chromium chromium-driver)");
        DemoStations demo = new DemoStations();
        var station = demo.station(demo.make(tmp.resolve("jinniu")), "金牛示范站");
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(List.of(station), demo.framework, Period.year(DemoStations.YEAR), demo.catalogue,
                new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        // The evaluators' window, kept in the station's notes as swa inspect open keeps it.
        new InspectionWindowStore(station.state()).open("金牛示范站", EVALUATORS, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(14)), "站长");
        TestAccounts.head(station.state());
        TestAccounts.evaluator(station.state(), EVALUATORS);
        // The gap upload as swa serve wires it for a folder station: the station's filer, Tika, the catalogue's rules.
        GapUpload upload = (s, slot, content, name, confirmed, by) -> {
            try (var filer = new org.swarchive.store.folder.FolderFiler((org.swarchive.store.folder.FolderStore) s.archive(),
                    org.swarchive.store.folder.FolderFiler.DEFAULT_INBOX, org.swarchive.classify.TikaExtractor.DEFAULT_MAX_BYTES)) {
                return new org.swarchive.classify.SlotFiling(filer, new org.swarchive.classify.TikaExtractor(
                        org.swarchive.classify.TikaExtractor.DEFAULT_MAX_BYTES, clock.getZone()),
                        new org.swarchive.classify.Classifier(demo.catalogue), demo.catalogue, filer.fonds().orElseThrow(), clock)
                        .file(content, name, slot, confirmed, by.person().name());
            }
        };
        server = DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()).withUpload(upload), "127.0.0.1", 0);

        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"), "--window-size=1200,1500");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Signs in through the form, as a person does (a fresh session: the cookies of the one before are gone). */
    static void signIn(String name) {
        browser.manage().deleteAllCookies();
        browser.get(server.url() + "login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    static void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot the guides show: into target/ always, and into the guides' folder when asked for. */
    static void screenshot(String name, String guideName) throws Exception {
        screenshot(name);
        if (GUIDE_SCREENSHOTS != null && !GUIDE_SCREENSHOTS.isBlank()) {
            Path dir = ProjectFiles.root().resolve(GUIDE_SCREENSHOTS);
            Files.createDirectories(dir);
            Files.copy(SCREENSHOTS.resolve(name), dir.resolve(guideName), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void should_open_the_station_drill_into_a_gap_and_switch_to_english() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1500));
        signIn(TestAccounts.HEAD);
        browser.get(server.url());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("评估准备度一览");
        screenshot("00-board.png", "board.png");
        browser.findElement(By.linkText("金牛示范站")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("金牛示范站");
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("98.49");
        assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("优秀");
        assertThat(browser.findElement(By.id("gaps")).getText()).isEqualTo("缺失佐证 (4)");
        screenshot("01-station.png", "station.png");

        WebElement gapRow = browser.findElement(By.id("i-G1.1"));
        assertThat(gapRow.findElement(By.cssSelector(".badge.gap")).getText()).isEqualTo("1");
        gapRow.findElement(By.tagName("a")).click();

        assertThat(browser.findElement(By.id("indicator-title")).getText()).isEqualTo("G1.1 月度工作总结");
        WebElement missing = browser.findElement(By.cssSelector("tr.GAP"));
        assertThat(missing.getText()).contains("2025-07", "2025-08-05", "缺失");
        assertThat(browser.findElements(By.cssSelector("tr.FILLED a"))).hasSize(11);
        screenshot("02-indicator-with-gap.png", "indicator.png");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("indicator-title")).getText()).isEqualTo("G1.1 Monthly reports");
        assertThat(browser.findElement(By.cssSelector("tr.GAP")).getText()).contains("2025-07", "missing");
        assertThat(browser.getCurrentUrl()).endsWith("lang=en");
        screenshot("03-indicator-english.png");

        browser.findElement(By.linkText("金牛示范站")).click();
        assertThat(browser.findElement(By.id("gaps")).getText()).isEqualTo("Gaps (4)");
    }

    @Test
    void should_show_an_evaluator_the_evidence_without_the_gaps_when_a_window_is_open_to_the_group() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1500));
        signIn(EVALUATORS);
        browser.get(server.url() + "inspect/" + EVALUATORS);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("评估方只读视图");
        browser.findElement(By.linkText("金牛示范站")).click();

        assertThat(browser.getCurrentUrl()).contains("/inspect/" + EVALUATORS + "/stations/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("金牛示范站");
        assertThat(browser.findElement(By.cssSelector("p.note")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("gaps"))).isEmpty();
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("98.49");
        screenshot("05-evaluator-station.png", "evaluator.png");

        browser.get(server.url() + "inspect/someone-else");
        assertThat(browser.findElements(By.linkText("金牛示范站"))).isEmpty();
    }

    @Test
    void should_save_an_evaluators_verdict_as_they_choose_it_and_show_it_again_after_a_reload() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1500));
        signIn(EVALUATORS);
        String page = server.url() + "inspect/" + EVALUATORS + "/stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/A1.2";
        browser.get(page);
        ((JavascriptExecutor) browser).executeScript("var c = document.getElementById('ws-comment'); c.value = '台账缺页';"
                + "var v = document.getElementById('ws-verdict'); v.value = 'partly'; v.dispatchEvent(new Event('change'));");

        // Saved as they go: the page's own script posts it (with the page's CSRF token) and says so.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElement(By.id("ws-status")).getText(),
                status -> status.startsWith("已保存"));
        browser.get(page);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ws-verdict"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("partly");
        assertThat(browser.findElement(By.id("ws-comment")).getAttribute("value")).isEqualTo("台账缺页");
    }

    @Test
    void should_fit_a_phone_screen_without_sideways_scrolling_of_the_page() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(TestAccounts.HEAD);
        browser.get(server.url() + "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("04-station-phone.png");
    }

    @Test
    void should_stack_the_station_tables_on_a_412_px_phone_so_nothing_scrolls_sideways() throws Exception {
        browser.manage().window().setSize(new Dimension(412, 915));
        for (String lang : List.of("zh-CN", "en")) {
            browser.get(server.url() + "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99?lang=" + lang);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(((Number) js.executeScript("return document.documentElement.clientWidth;")).intValue()).as("viewport").isLessThanOrEqualTo(412);
            // Not the page, and no box inside it either: a table in a scrolling box is still sideways scrolling.
            Object wide = js.executeScript("return Array.from(document.querySelectorAll('main *')).filter(e => e.scrollWidth > e.clientWidth + 1"
                    + " && getComputedStyle(e).overflowX !== 'visible').map(e => e.tagName + '.' + e.className).join(',');");
            assertThat((String) wide).as(lang).isEmpty();
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .intValue()).as(lang).isLessThanOrEqualTo(0);
            WebElement gap = browser.findElement(By.cssSelector("#gap-table tbody tr"));
            assertThat(gap.findElement(By.tagName("td")).getCssValue("display")).isEqualTo("block");
            assertThat(browser.findElement(By.cssSelector("#gap-table thead")).isDisplayed()).isFalse();
        }
        screenshot("06-station-412.png", "station-phone.png");
    }

    @Test
    void should_fit_the_gap_upload_form_and_its_confirmation_on_a_412_px_phone() throws Exception {
        browser.manage().window().setSize(new Dimension(412, 915));
        signIn(TestAccounts.HEAD);
        browser.get(server.url() + "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        List<WebElement> forms = browser.findElements(By.cssSelector("#gap-table form.upload"));
        assertThat(forms).as("an upload form on every gap's row").hasSize(4);
        for (WebElement form : forms) {
            for (WebElement control : form.findElements(By.cssSelector("input[type=file], select, button"))) {
                assertThat(control.getRect().getX() + control.getRect().getWidth()).as(control.getTagName()).isLessThanOrEqualTo(412);
            }
        }
        noSidewaysScrolling(js, "station page with upload forms");
        js.executeScript("document.getElementById('gap-table').scrollIntoView();");
        screenshot("08-station-upload-412.png");

        // A report of another month handed in for G1.1's missing month: the contradiction is shown, nothing filed.
        WebElement row = browser.findElements(By.cssSelector("#gap-table tbody tr")).stream()
                .filter(r -> r.getText().contains("G1.1")).findFirst().orElseThrow();
        String missing = row.findElement(By.cssSelector("input[name=period]")).getDomAttribute("value");
        java.time.YearMonth other = java.time.YearMonth.parse(missing).minusMonths(1);
        Path doc = tmp.resolve("另一个月.docx");
        Files.write(doc, new org.swarchive.SampleDocuments(tmp).monthly(other.getYear(), other.getMonthValue(), "browser"));
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(doc.toString());
        row.findElement(By.cssSelector("form.upload button")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("补交佐证");
        assertThat(browser.findElement(By.id("contradictions")).getText()).contains(other.toString(), missing);
        assertThat(browser.findElement(By.id("upload-confirm")).isDisplayed()).isTrue();
        noSidewaysScrolling(js, "confirmation page");
        screenshot("09-upload-confirm-412.png", "upload-confirm-phone.png");
        browser.findElement(By.id("upload-back")).click();
        assertThat(browser.findElement(By.id("gaps")).getText()).as("nothing filed before confirming").isEqualTo("缺失佐证 (4)");
    }

    private static void noSidewaysScrolling(JavascriptExecutor js, String what) {
        assertThat(((Number) js.executeScript("return document.documentElement.clientWidth;")).intValue()).as("viewport").isLessThanOrEqualTo(412);
        Object wide = js.executeScript("return Array.from(document.querySelectorAll('main *')).filter(e => e.scrollWidth > e.clientWidth + 1"
                + " && getComputedStyle(e).overflowX !== 'visible').map(e => e.tagName + '.' + e.className).join(',');");
        assertThat((String) wide).as(what).isEmpty();
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .intValue()).as(what).isLessThanOrEqualTo(0);
    }

    @Test
    void should_give_every_page_one_heading_a_language_and_labelled_pictures() {
        signIn(TestAccounts.HEAD);
        for (String path : List.of("", "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99",
                "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/B2.1?lang=en")) {
            browser.get(server.url() + path);
            assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isIn("zh-CN", "en");
            assertThat(browser.findElements(By.cssSelector("[role=img]:not([aria-label])"))).as(path).isEmpty();
            assertThat(browser.findElements(By.cssSelector("th:not([scope])"))).as(path).isEmpty();
        }
    }

    @Test
    void should_send_a_stranger_to_the_sign_in_form_and_back_to_the_page_asked_for() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(server.url() + "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        screenshot("06-login.png", "login.png");
        browser.findElement(By.id("username")).sendKeys(TestAccounts.HEAD);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("金牛示范站");
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains(TestAccounts.HEAD, "站长");

        // The station's own form carries its token: the re-check goes through and comes back.
        browser.findElement(By.cssSelector("#recheck button")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("金牛示范站");

        browser.findElement(By.id("sign-out")).click();
        assertThat(browser.findElement(By.id("signed-out")).getText()).isNotBlank();
        browser.get(server.url());
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void should_refuse_a_cross_site_form_that_posts_a_recheck_for_a_signed_in_person() throws Exception {
        signIn(TestAccounts.HEAD);
        browser.get(server.url());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("评估准备度一览");
        // Another site's page (here a file: page) with a form aimed at the dashboard, no token: a real browser sends it.
        Path evil = tmp.resolve("evil.html");
        Files.writeString(evil, "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + server.url()
                + "stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99/recheck\"><button id=\"go\">win a prize</button></form></body></html>");
        browser.get(evil.toUri().toString());
        browser.findElement(By.id("go")).click();
        assertThat(browser.getCurrentUrl()).as("not sent back to the re-checked station page")
                .doesNotEndWith("/stations/%E9%87%91%E7%89%9B%E7%A4%BA%E8%8C%83%E7%AB%99");
        assertThat(browser.getPageSource()).doesNotContain("缺失佐证 (4)");
        assertThat(browser.getPageSource()).containsAnyOf("403", "登录");
    }
}
