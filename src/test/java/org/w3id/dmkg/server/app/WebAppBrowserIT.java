package org.w3id.dmkg.server.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.dmkg.cli.Main;
import org.w3id.dmkg.server.DmkgServer;
import org.w3id.dmkg.server.ServerSettings;
import org.w3id.dmkg.store.DmkgStore;

/**
 * The web app in a real browser: the system's Chromium, headless, driven through its chromedriver
 * (never one downloaded at run time), over the development corpus and an article full of markup,
 * served on port 0. One store, one server and one browser for all the tests; each test leaves a
 * screenshot in {@code target/screenshots/}. Without Chromium the tests are skipped, except under CI,
 * where they fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserIT {
    static final Path DEV = Path.of(System.getProperty("dmkg.dev.corpus", "../shared/corpus/dev"));
    static final Path CHROMIUM = Path.of(System.getProperty("dmkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dmkg.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String ORBAN_MEETING = "/meeting/2023-10-17-30c21d24a58068f9";

    @TempDir
    static Path dir;
    static DmkgStore store;
    static DmkgServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "browser tests skipped: Chromium and its driver are needed at " + CHROMIUM + " and "
                + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            assertTrue(present, missing);
        }
        Assumptions.assumeTrue(present, missing);
        Assumptions.assumeTrue(Files.isDirectory(DEV), "browser tests skipped: no development corpus at " + DEV);
        Path xss = dir.resolve("markup.jsonl");
        try (var in = WebAppBrowserIT.class.getResourceAsStream("xss-article.jsonl")) {
            Files.copy(in, xss);
        }
        Path db = dir.resolve("db");
        assertEquals(0, Main.run("load", "--loc", db.toString(), DEV.toString(), xss.toString()), "the corpus loads");
        store = DmkgStore.open(db);
        server = DmkgServer.start(store, ServerSettings.defaults().withPort(0));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static void open(String path) {
        browser.get(server.baseUrl() + path);
        waitReady();
    }

    /** Waits until the page's script has built the page from its data. */
    static void waitReady() {
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    @Order(1)
    void searchXiAndOpenThePerson() throws IOException {
        open("/");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Xi");
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='results']//a[contains(., 'Xi Jinping')]")));
        assertTrue(hit.getText().contains("person"), hit.getText());
        assertTrue(hit.getText().matches("(?s).*\\d+ articles.*"), "with the count of articles: " + hit.getText());
        screenshot("search");
        // keyboard: down to the first result, Enter opens it
        search.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/person/jinping-xi"));
        waitReady();
        assertEquals("Xi Jinping", browser.findElement(By.tagName("h1")).getText());
        List<String> meetings = texts("main table tbody tr");
        assertTrue(meetings.stream().anyMatch(r -> r.contains("17 Oct 2023") && r.contains("Viktor Orbán")),
                "the timeline has the meeting with Orbán: " + meetings);
        assertTrue(texts("main td").stream().anyMatch(t -> t.equals("President")), "the office is listed");
        assertFalse(browser.findElements(By.cssSelector("#ego canvas")).isEmpty(), "the ego network is drawn");
        screenshot("person");

        // a higher minimum confidence keeps fewer meetings, and the address says so
        int all = browser.findElements(By.cssSelector("td.date a[href^='/meeting/']")).size();
        new Select(browser.findElement(By.id("minConfidence"))).selectByValue("0.95");
        wait.until(ExpectedConditions.urlContains("minConfidence=0.95"));
        waitReady();
        wait.until(d -> d.findElements(By.cssSelector("td.date a[href^='/meeting/']")).size() < all);
        assertTrue(browser.findElements(By.cssSelector("td.date a[href^='/meeting/']")).size() > 0);
    }

    @Test
    @Order(2)
    void openAMeetingWithItsParticipantsSourceAndSentence() throws IOException {
        open("/person/jinping-xi");
        browser.findElement(By.xpath("//td[@class='date']/a[contains(., '17 Oct 2023')]")).click();
        wait.until(ExpectedConditions.urlContains(ORBAN_MEETING));
        waitReady();
        List<String> participants = texts("tr.participant");
        assertEquals(2, participants.size(), participants.toString());
        assertTrue(participants.get(0).startsWith("Xi Jinping") && participants.get(0).contains("host")
                && participants.get(0).contains("President, China"), participants.get(0));
        assertTrue(participants.get(1).startsWith("Viktor Orbán") && participants.get(1).contains("guest"),
                participants.get(1));
        WebElement headline = browser.findElement(By.cssSelector("article.source h3 a"));
        assertEquals("Xi meets Hungarian PM", headline.getText());
        assertEquals("http://en.people.cn/n3/2023/1017/c90000-20084552.html", headline.getAttribute("href"));
        assertTrue(browser.findElement(By.cssSelector("article.source .meta")).getText().contains("17 Oct 2023"));
        WebElement sentence = browser.findElement(By.cssSelector("blockquote.evidence"));
        assertTrue(sentence.getText().startsWith("BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met with"),
                sentence.getText());
        // the words the store's NIF phrases mark, at their offsets: the names as written, the meeting word, the place
        assertEquals(List.of("Xi Jinping", "Viktor Orban"), texts("blockquote.evidence mark.participant"));
        assertEquals(List.of("met"), texts("blockquote.evidence mark.word"));
        assertEquals(List.of("BEIJING", "Beijing"), texts("blockquote.evidence mark.place"));
        assertEquals("Characters 56–183 of the article", browser.findElement(By.cssSelector(".offsets")).getText());
        assertTrue(texts("ul.statements li").stream().anyMatch(s -> s.startsWith("Viktor Orbán:")), "statements");
        screenshot("meeting");
    }

    @Test
    @Order(3)
    void filterTheNetwork() throws IOException {
        open("/network");
        js("document.getElementById('filter-from').value = ''; document.getElementById('filter-to').value = '';");
        browser.findElement(By.id("filter-person")).sendKeys("Xi");
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("person=Xi"));
        waitReady();
        wait.until(d -> !d.findElements(By.cssSelector("tr.edge")).isEmpty());
        List<String> edges = texts("tr.edge");
        assertTrue(edges.stream().allMatch(e -> e.contains("Xi Jinping")), "every pair has Xi: " + edges);
        assertTrue(edges.stream().anyMatch(e -> e.contains("Vladimir Putin")), edges.toString());
        assertFalse(browser.findElements(By.cssSelector("#network canvas")).isEmpty(), "the network is drawn");
        screenshot("network");

        open("/network?country=HU");
        wait.until(d -> !d.findElements(By.cssSelector("tr.edge")).isEmpty());
        List<String> hungary = texts("tr.edge");
        assertTrue(hungary.stream().allMatch(e -> e.contains("Viktor Orbán")), "Hungary's office holder: " + hungary);
        // a person in the list opens their page
        browser.findElement(By.xpath("//tr[@class='edge']//a[contains(., 'Viktor Orbán')]")).click();
        wait.until(ExpectedConditions.urlContains("/person/orban-viktor"));
        waitReady();
        assertEquals("Viktor Orbán", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    @Order(4)
    void runANamedQueryOnTheSparqlPage() throws IOException {
        open("/sparql");
        new Select(browser.findElement(By.id("named-query"))).selectByValue("people");
        assertTrue(browser.findElement(By.id("sparql-text")).getAttribute("value").contains("# title: People"));
        browser.findElement(By.id("run")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#sparql-results tbody tr")).isEmpty());
        assertEquals(List.of("person", "name", "mentions", "meetings"),
                js("return [...document.querySelectorAll('#sparql-results th')].map(e => e.textContent)"));
        assertTrue(texts("#sparql-results tbody tr").stream().anyMatch(r -> r.contains("Xi Jinping")));
        screenshot("sparql");
        // a query that is no SPARQL says why, on one line
        js("document.getElementById('sparql-text').value = 'SELEKT nothing'");
        browser.findElement(By.id("run")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sparql-results .error")));
        assertFalse(error.getText().isBlank());
    }

    @Test
    @Order(5)
    void markupInAnArticleShowsAsText() throws IOException {
        open("/person/margus-tsahkna");
        browser.findElement(By.xpath("//td[@class='date']/a[contains(., '20 May 2024')]")).click();
        waitReady();
        wait.until(d -> !d.findElements(By.cssSelector("blockquote.evidence")).isEmpty());
        String sentence = browser.findElement(By.cssSelector("blockquote.evidence")).getText();
        assertTrue(sentence.contains("Margus Tsahkna <img src=x onerror=\"window.dmkgXss = 2\"> in Beijing"), sentence);
        assertEquals("Xi meets Estonian envoy <script>window.dmkgXss = 1</script>",
                browser.findElement(By.cssSelector("article.source h3 a")).getText());
        assertEquals(0L, js("return document.querySelectorAll('main img, main script').length"));
        assertNull(js("return window.dmkgXss"), "no script of the article ran");
        screenshot("markup");
    }

    @Test
    @Order(6)
    void aCountryItsAnniversariesAndAPhoneWidth() throws IOException {
        open("/country/CN");
        assertEquals("China", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("p.links a")).stream()
                .anyMatch(a -> a.getText().equals("Wikidata") && a.getAttribute("href").endsWith("/Q148")),
                "the link to Wikidata");
        assertTrue(texts("main tr").stream().anyMatch(r -> r.startsWith("Xi Jinping") && r.contains("President")),
                "Xi Jinping among the office holders");
        assertFalse(browser.findElements(By.cssSelector("div.chart canvas")).isEmpty(), "the months are charted");
        assertTrue(texts("main tr").stream().anyMatch(r -> r.contains("70th anniversary of the")),
                "an anniversary in the articles about China");
        screenshot("country");

        open("/anniversaries?year=2019");
        assertEquals("Anniversaries marked in 2019", browser.findElement(By.tagName("h1")).getText());
        wait.until(d -> !d.findElements(By.cssSelector("main table tbody tr")).isEmpty());
        assertTrue(texts("main table tbody tr").stream().anyMatch(r -> r.startsWith("70th") && r.contains("1949")),
                "the 70th anniversary of the People's Republic: " + texts("main table tbody tr"));
        screenshot("anniversaries");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/person/jinping-xi");
            assertEquals("Xi Jinping", browser.findElement(By.tagName("h1")).getText());
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 0, "nothing wider than a phone's screen: " + overflow + " px more");
            screenshot("person-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
