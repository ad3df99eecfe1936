package org.fengqiao.launcher.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fengqiao.launcher.ApiClient;
import org.fengqiao.launcher.EmbeddedApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web console in a real browser (Debian's chromium through Playwright) against the running application on the
 * embedded default: who sees which navigation, the live board, the forms and what each role is shown.
 */
@EmbeddedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

    /** The navigation each demo account must see, exactly, in order. */
    private static final Map<String, List<String>> NAVIGATION = Map.of(
            "intake", List.of("cases", "intake"),
            "officer", List.of("cases", "queue"),
            "fuli.officer", List.of("cases", "queue"),
            "supervisor", List.of("board", "high-risk", "cases", "queue"),
            "auditor", List.of("board", "high-risk", "cases"),
            "admin", List.of(),
            "hotline", List.of("cases", "intake"));

    @LocalServerPort
    int port;

    private SystemChromium chromium;
    private ApiClient api;

    @BeforeAll
    void startBrowser() {
        chromium = new SystemChromium(port);
        api = new ApiClient(port);
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void each_role_signs_in_and_sees_only_its_navigation() {
        NAVIGATION.forEach((account, pages) -> {
            Page page = chromium.signIn(account);
            List<String> shown = page.locator("#nav a").all().stream()
                    .map(link -> link.getAttribute("data-page")).toList();
            assertThat(shown).as(account).isEqualTo(pages);
            assertThat(page.locator("#me")).containsText(account);
            if (account.equals("supervisor")) {
                SystemChromium.screenshot(page, "board");
            }
            page.context().close();
        });
    }

    @Test
    void the_case_list_filters_and_exports_what_the_api_lists() throws IOException {
        String number = registerDispute("SH-FL-G05", "Noise at night");
        Page page = chromium.signIn("supervisor");
        showsEventually(page, "/ui/cases?node=SH-FL-G05", "#case-table", number);
        assertThat(page.locator("#case-table")).containsText("Noise at night");
        SystemChromium.screenshot(page, "cases");
        page.navigate(chromium.url("/ui/cases?node=SH-FL-G05&status=CLOSED"));
        assertThat(page.locator("#case-table")).not().containsText(number);
        page.navigate(chromium.url("/ui/cases?node=SH-FL-G05"));
        Download download = page.waitForDownload(() -> page.click("#export"));
        String csv = Files.readString(download.path());
        assertThat(csv).contains("caseNumber,kind,status").contains(number).doesNotContain("13800001111")
                .doesNotContain("王芳");
        page.context().close();
    }

    @Test
    void a_wrong_password_is_refused_on_the_sign_in_page() {
        Page page = chromium.anonymous("zh-CN");
        page.navigate(chromium.url("/ui/login"));
        page.fill("#username", "intake");
        page.fill("#password", "wrong");
        page.click("#sign-in");
        assertThat(page.locator("#login-error")).isVisible();
        page.navigate(chromium.url("/ui/cases"));
        assertThat(page).hasURL(chromium.url("/ui/login"));
        page.context().close();
    }

    @Test
    void a_role_without_the_page_is_refused_it() {
        Page page = chromium.signIn("intake");
        var response = page.navigate(chromium.url("/ui/boards/SH"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#problem")).isVisible();
        page.context().close();
    }

    /** Opens {@code path} again until {@code selector} shows {@code text}: the read model follows the command. */
    private void showsEventually(Page page, String path, String selector, String text) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            page.navigate(chromium.url(path));
            assertThat(page.locator(selector).textContent()).contains(text);
        });
    }

    /** Registers a dispute in {@code grid} over the API, as the intake account; answers its case number. */
    private String registerDispute(String grid, String subject) {
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'%s','content':'Water from above',
                 'gridCode':'%s','parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},
                 {'name':'富力物业','role':'RESPONDENT'}]}""".formatted(subject, grid)), "intake");
        assertThat(created.status()).isEqualTo(201);
        return created.text("caseNumber");
    }

    @Test
    void a_dispute_registered_through_the_api_raises_its_cell_on_an_open_board_within_two_seconds() {
        Page page = chromium.signIn("supervisor");
        page.navigate(chromium.url("/ui/boards/SH"));
        // the stream must be open before the command, or the change may happen before the page listens
        page.waitForSelector("body[data-sse=open]");
        long before = Long.parseLong(page.locator("#cell-SH-FL-G03").getAttribute("data-open"));
        registerDispute("SH-FL-G03", "Leak");
        long sent = System.nanoTime();
        page.waitForFunction("n => Number(document.querySelector('#cell-SH-FL-G03').dataset.open) > Number(n)",
                Long.toString(before),
                new Page.WaitForFunctionOptions().setTimeout(2_000));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertThat(millis).isLessThan(2_000);
        SystemChromium.screenshot(page, "board-live");
        page.context().close();
    }
}
