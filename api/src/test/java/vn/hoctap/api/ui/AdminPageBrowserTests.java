package vn.hoctap.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.Assessments;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * The admin page in a real browser (Debian's headless Chromium) against the service on a random port: sign-in, the
 * decision viewer opened by deep link, a decision's chain and the comparison of two revisions, the search by title and
 * area, the CSV export, and sign-out. The decisions are submitted through the HTTP API. Every screen is saved under
 * {@code target/screenshots/}, and a test fails on any browser console error it did not provoke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Wrong passwords, the visits before signing in (401) and the throttled sign-in (429) are provoked on purpose; the
     * browser logs those loads as errors.
     */
    private static final java.util.regex.Pattern EXPECTED_ERRORS = java.util.regex.Pattern.compile(
            "/api/v1/session - Failed to load resource: the server responded with a status of (401|429)\\b.*");

    private static HeadlessChromium browser;
    private static String firstBaDinh;
    private static String secondBaDinh;
    private static String household;

    @DynamicPropertySource
    static void embeddedMongo(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
    }

    @LocalServerPort
    int port;

    private String testName;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // each test is then skipped by its assumption, with the reason
        }
        if (Files.isDirectory(DOWNLOADS)) {
            try (Stream<Path> old = Files.list(DOWNLOADS)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        browser = HeadlessChromium.start(DOWNLOADS, SCREENSHOTS, message -> EXPECTED_ERRORS.matcher(message).find());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void name(TestInfo info) {
        HeadlessChromium.assumeInstalled();
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        shot("end");
        browser.assertNoConsoleErrors();
    }

    private String page(String route) {
        return "http://localhost:" + port + "/admin/index.html" + route;
    }

    private ApiClient api() {
        return ApiClient.on(port);
    }

    private void shot(String screen) {
        browser.screenshot(testName + "-" + screen);
    }

    private void signIn(String user, String password) {
        WebElement name = browser.waitFor(By.id("username"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.find(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.find(By.id("sign-in")).click();
    }

    private static String submit(ApiClient api, Map<String, Object> assessment) {
        ApiClient.Response answer = api.submitter().post("/api/v1/assessments", assessment);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    @Test
    @Order(1)
    void wrongPasswordIsRefusedInVietnameseAndTheRightOneShowsTheUserAndRoles() {
        browser.open(page(""));
        browser.waitFor(By.id("sign-in-form"));
        assertThat(browser.find(By.id("sign-in-title")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser.find(By.id("username")).equals(browser.driver().switchTo().activeElement()))
                .as("the user name has the focus").isTrue();
        shot("sign-in");

        signIn("auditor", "sai-mat-khau");
        WebElement error = browser.waitFor(By.id("sign-in-error"));
        assertThat(error.getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        shot("wrong-password");

        signIn("auditor", "hoctap-auditor");
        assertThat(browser.waitFor(By.id("session-user")).getText()).isEqualTo("auditor");
        assertThat(browser.find(By.id("session-roles")).getText()).contains("Kiểm tra");
        assertThat(browser.waitFor(By.id("search-form")).isDisplayed()).isTrue();
        shot("signed-in");
    }

    @Test
    @Order(2)
    void aDeepLinkOpensTheViewerAfterSignInWithTheFailedCriterionFirst() {
        firstBaDinh = submit(api(), Assessments.communeBaDinh("ui-phuong-ba-dinh", 5950));
        JsonNode decision = api().auditor().get("/api/v1/decisions/" + firstBaDinh).json();

        browser.driver().manage().deleteAllCookies();
        // the address README gives: /admin/ redirects to the page, and the browser keeps the part after #
        browser.open("http://localhost:" + port + "/admin/#/decisions/" + firstBaDinh);
        browser.waitFor(By.id("sign-in-form"));
        assertThat(browser.find(By.id("sign-in-form")).getText()).contains("#/decisions/" + firstBaDinh);
        signIn("auditor", "hoctap-auditor");

        browser.waitFor(By.id("criteria"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/index.html#/decisions/" + firstBaDinh);
        assertThat(browser.find(By.id("verdict-text")).getText()).startsWith("Chưa đủ điều kiện công nhận")
                .contains("CCL25-C5.T1");
        List<WebElement> rows = browser.findAll(By.cssSelector("#criteria tbody tr"));
        assertThat(rows).hasSize(decision.at("/result/criteria").size());
        WebElement first = rows.get(0);
        assertThat(first.getDomAttribute("data-key")).isEqualTo("CCL25-C5.T1@1");
        assertThat(first.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Không đạt");
        assertThat(first.findElement(By.cssSelector(".result")).getText())
                .isEqualTo("59,5 % (5.950/10.000) — yêu cầu ≥ 60 %");
        assertThat(first.findElement(By.cssSelector(".citation")).getText())
                .startsWith("Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a");
        assertThat(first.getText()).contains("effects.drl:").contains("hiệu lực từ 12/02/2024");
        List<String> statuses = rows.stream().map(row -> row.findElement(By.cssSelector(".badge")).getText()).toList();
        int lastOpen = Math.max(statuses.lastIndexOf("Không đạt"), statuses.lastIndexOf("Chưa đánh giá"));
        assertThat(statuses.subList(0, lastOpen + 1)).as("failed and not-evaluated rows come first")
                .allMatch(status -> status.equals("Không đạt") || status.equals("Chưa đánh giá"));
        assertThat(statuses.subList(lastOpen + 1, statuses.size())).contains("Đạt").doesNotContain("Không đạt");
        assertThat(browser.find(By.id("seal-status")).getText()).isEqualTo("Hợp lệ");
        assertThat(browser.find(By.id("input")).getText()).contains(decision.get("inputSha256").asText());
        assertThat(browser.find(By.id("procedure")).getText()).contains("Hạn nộp hồ sơ").contains("28/02/2026");
        assertThat(browser.find(By.id("ruleset")).getText()).contains(decision.at("/ruleset/sha256").asText());
        shot("viewer");
        browser.fullPageScreenshot(testName + "-viewer-full");
        browser.phoneScreenshot(testName + "-viewer-phone", null);
        browser.phoneScreenshot(testName + "-viewer-phone-criteria", "criteria-section");
        browser.printScreenshot(testName + "-viewer-print");

        browser.find(By.cssSelector("#rollups details summary")).click();
        browser.waitUntil("the roll-up's counted decisions", () -> browser.find(By.cssSelector("#rollups .rollup-list"))
                .getText().contains("Không có quyết định nào được tính."));
        browser.script("document.getElementById('validity').scrollIntoView()");
        shot("viewer-deadlines-rollups");

        household = submit(api(), Assessments.familyInVuNinh("ui-ho-nguyen-van-hung", "Nguyễn Văn Hùng"));
        JsonNode family = api().auditor().get("/api/v1/decisions/" + household).json();
        browser.open(page("#/decisions/" + household));
        browser.waitUntil("the household's viewer", () -> browser.find(By.cssSelector("h1")).getText()
                .contains("Hộ ông Nguyễn Văn Hùng"));
        assertThat(browser.findAll(By.cssSelector("#criteria tbody tr"))).hasSize(family.at("/result/criteria").size());
        assertThat(browser.find(By.id("verdict-text")).getText()).startsWith(switch (family.get("outcome").asText()) {
            case "RECOGNISED" -> "Đủ điều kiện công nhận";
            case "NOT_RECOGNISED" -> "Chưa đủ điều kiện công nhận";
            default -> "Chưa thể kết luận";
        });
        shot("household");
    }

    @Test
    @Order(3)
    void aResubmissionShowsInTheChainAndTheTwoRevisionsCompareSideBySide() {
        secondBaDinh = submit(api(), Assessments.communeBaDinh("ui-phuong-ba-dinh", 6500));
        assertThat(api().auditor().get("/api/v1/decisions/" + secondBaDinh).json().get("supersedes").asText())
                .isEqualTo(firstBaDinh);

        browser.open(page("#/decisions/" + firstBaDinh));
        browser.waitFor(By.id("chain"));
        browser.waitUntil("the first decision's chain", () -> browser.findAll(By.cssSelector("#chain-list li")).size() == 2);
        assertThat(browser.find(By.id("chain-status")).getText()).isEqualTo("Quyết định này đã bị thay thế.");
        assertThat(browser.find(By.id("chain")).getText()).contains("Đã bị thay thế bởi").contains(secondBaDinh);
        browser.script("document.getElementById('chain').scrollIntoView()");
        shot("chain");

        new Select(browser.find(By.id("compare-a"))).selectByValue(firstBaDinh);
        new Select(browser.find(By.id("compare-b"))).selectByValue(secondBaDinh);
        browser.find(By.id("compare-go")).click();
        browser.waitFor(By.id("diff-table"));
        String diff = browser.find(By.id("diff-table")).getText();
        assertThat(diff).contains("CCL25-C5.T1@1").contains("Không đạt — 59,5 % (5.950/10.000)")
                .contains("Đạt — 65 % (6.500/10.000)").contains("facts.citizensWithLearningCitizenTitle");
        assertThat(browser.find(By.id("diff-count")).getText()).matches("\\d+ khác biệt");
        shot("diff");

        browser.open(page("#/decisions/" + secondBaDinh));
        browser.waitUntil("the second decision", () -> browser.find(By.id("chain-status")).getText()
                .equals("Đây là quyết định hiện hành của chuỗi."));
        assertThat(browser.find(By.id("chain")).getText()).contains("Thay thế cho").contains(firstBaDinh);
    }

    @Test
    @Order(4)
    void aCountedFigureListsTheDecisionsItCountedEachLinkingToItsViewer() {
        String an = submit(api(), citizenOfBaDinh("ui-cd-le-van-an", "Lê Văn An"));
        submit(api(), citizenOfBaDinh("ui-cd-pham-thi-binh", "Phạm Thị Bình"));
        Map<String, Object> commune = Assessments.communeBaDinh("ui-phuong-ba-dinh-dem", 0);
        ((Map<?, ?>) commune.get("facts")).remove("citizensWithLearningCitizenTitle");
        String counted = submit(api(), commune);
        JsonNode figure = api().auditor().get("/api/v1/decisions/" + counted + "/rollups/citizensWithLearningCitizenTitle")
                .json();
        assertThat(figure.at("/figure/mode").asText()).isEqualTo("COUNTED");
        assertThat(figure.get("totalItems").asInt()).isEqualTo(2);

        browser.open(page("#/decisions/" + counted));
        browser.waitFor(By.cssSelector("#rollups details[data-field='citizensWithLearningCitizenTitle'] summary")).click();
        browser.waitUntil("the two counted decisions", () -> browser.findAll(By.cssSelector(
                "#rollups details[data-field='citizensWithLearningCitizenTitle'] .counted li")).size() == 2);
        String list = browser.find(By.cssSelector("#rollups details[data-field='citizensWithLearningCitizenTitle']")).getText();
        assertThat(list).contains("Lê Văn An").contains("Phạm Thị Bình").contains("đếm từ quyết định đã lưu");
        browser.script("document.getElementById('rollups').scrollIntoView()");
        shot("counted");

        browser.find(By.linkText("Lê Văn An")).click();
        browser.waitUntil("the citizen's viewer", () -> browser.driver().getCurrentUrl().endsWith("#/decisions/" + an)
                && browser.findAll(By.cssSelector("h1")).stream().anyMatch(h1 -> h1.getText().contains("Lê Văn An")));
        assertThat(browser.find(By.id("verdict-text")).getText()).startsWith("Đủ điều kiện công nhận");
    }

    /** A learning citizen of Phường Ba Đình recognised for 2025 (80 points), decided before the counting date. */
    private static Map<String, Object> citizenOfBaDinh(String subjectId, String name) {
        Map<String, Object> body = Assessments.assessment("LEARNING_CITIZEN", subjectId, name, "00004", 2025,
                "2025-12-10", Assessments.citizenFacts(8));
        body.put("decisionDate", "2025-12-15");
        return body;
    }

    @Test
    @Order(5)
    void searchByTitleAndAreaFindsWhatTheApiFinds() {
        JsonNode expected = api().auditor()
                .get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&area=00004").json();
        assertThat(expected.get("totalItems").asLong()).isPositive();

        browser.open(page("#/decisions"));
        browser.waitFor(By.id("search-form"));
        browser.waitFor(By.id("area-province"));
        new Select(browser.find(By.id("title"))).selectByValue("COMMUNE_LEARNING_COMMUNITY");
        new Select(browser.find(By.id("area-province"))).selectByValue("01");
        browser.waitFor(By.id("area-level-1"));
        new Select(browser.find(By.id("area-level-1"))).selectByValue("00004");
        shot("form");
        browser.find(By.id("search-submit")).click();
        browser.waitUntil("the search's address", () -> browser.driver().getCurrentUrl().contains("area=00004"));
        WebElement count = browser.waitFor(By.id("result-count"));
        assertThat(count.getDomAttribute("data-total")).isEqualTo(expected.get("totalItems").asText());
        assertThat(count.getText()).isEqualTo("Tìm thấy " + expected.get("totalItems").asText() + " quyết định");
        List<WebElement> rows = browser.findAll(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize((int) Math.min(20, expected.get("totalItems").asLong()));
        assertThat(rows.get(0).getDomAttribute("data-id")).isEqualTo(expected.at("/items/0/id").asText());
        assertThat(rows.get(0).getText()).contains("Phường Ba Đình").contains("Cộng đồng học tập cấp xã");
        shot("results");
        browser.phoneScreenshot(testName + "-results-phone", "search-results");

        JsonNode families = api().auditor().get("/api/v1/decisions?title=LEARNING_FAMILY").json();
        new Select(browser.find(By.id("title"))).selectByValue("LEARNING_FAMILY");
        new Select(browser.find(By.id("area-province"))).selectByIndex(0);
        browser.find(By.id("search-submit")).click();
        browser.waitUntil("the household search", () -> browser.driver().getCurrentUrl().contains("LEARNING_FAMILY")
                && !browser.driver().getCurrentUrl().contains("area="));
        browser.waitUntil("the household results", () -> browser.findAll(By.cssSelector("#results tbody tr[data-id='"
                + household + "']")).size() == 1);
        assertThat(browser.find(By.id("result-count")).getDomAttribute("data-total"))
                .isEqualTo(families.get("totalItems").asText());
    }

    @Test
    @Order(6)
    void theCsvExportIsUtf8WithBomAndVietnameseHeaders() throws IOException {
        JsonNode expected = api().auditor().get("/api/v1/decisions?title=COMMUNE_LEARNING_COMMUNITY&history=true").json();
        browser.open(page("#/decisions?title=COMMUNE_LEARNING_COMMUNITY&history=true"));
        browser.waitFor(By.id("result-count"));
        assertThat(browser.find(By.id("result-count")).getDomAttribute("data-total"))
                .isEqualTo(expected.get("totalItems").asText());
        browser.find(By.id("export")).click();
        browser.waitUntil("the export's end", () -> browser.find(By.id("export-status")).getText().startsWith("Đã xuất"));
        assertThat(browser.find(By.id("export-status")).getText())
                .isEqualTo("Đã xuất " + expected.get("totalItems").asText() + " quyết định.");
        shot("exported");
        browser.waitUntil("the downloaded file", () -> csvFiles().size() == 1);
        byte[] bytes = Files.readAllBytes(csvFiles().get(0));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("Mã quyết định,Mã danh hiệu,Danh hiệu,Mã chủ thể,Chủ thể,Mã địa bàn,Năm đánh giá,Kết quả");
        assertThat(lines).hasSize(1 + expected.get("totalItems").asInt());
        assertThat(String.join("\n", lines)).contains(firstBaDinh).contains(secondBaDinh)
                .contains("Phường Ba Đình").contains("Chưa đủ điều kiện công nhận");
    }

    private static List<Path> csvFiles() {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            return files.filter(file -> file.toString().endsWith(".csv")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Test
    @Order(7)
    void signingOutReturnsToTheSignInFormAndTheSessionIsGone() {
        browser.open(page("#/decisions/" + secondBaDinh));
        browser.waitFor(By.id("sign-out")).click();
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Bạn đã đăng xuất.");
        shot("signed-out");
        browser.open(page("#/decisions/" + secondBaDinh));
        assertThat(browser.waitFor(By.id("sign-in-form")).isDisplayed()).isTrue();

        browser.find(By.id("lang-switch")).click();
        assertThat(browser.waitFor(By.id("sign-in-title")).getText()).isEqualTo("Sign in");
        shot("english");
        browser.find(By.id("lang-switch")).click();
        assertThat(browser.waitFor(By.id("sign-in-title")).getText()).isEqualTo("Đăng nhập");
    }

    @Test
    @Order(8)
    void repeatedWrongPasswordsAreThrottledWithTheWaitInVietnamese() {
        browser.open(page(""));
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("editor", "sai-" + attempt);
            browser.waitUntil("refusal " + attempt, () -> browser.find(By.id("sign-in-error")).getText()
                    .equals("Sai tên đăng nhập hoặc mật khẩu.") && browser.find(By.id("sign-in")).isEnabled());
            browser.script("document.getElementById('sign-in-error').textContent = ''");
        }
        signIn("editor", "hoctap-editor");
        browser.waitUntil("the throttled sign-in", () -> browser.find(By.id("sign-in-error")).getText()
                .startsWith("Đăng nhập sai quá nhiều lần."));
        assertThat(browser.find(By.id("sign-in-error")).getText())
                .matches("Đăng nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ giây\\.");
        shot("throttled");
    }
}
