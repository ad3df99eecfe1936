package org.fengqiao.launcher.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium ({@code /usr/bin/chromium}, or {@code FENGQIAO_CHROMIUM}) driven by Playwright for Java, whose
 * driver comes in its jar: nothing is downloaded. One browser per test class; one context (cookies, session) per
 * signed-in user. Screenshots go to {@code docs/screenshots/} of the repository.
 */
final class SystemChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    SystemChromium(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("FENGQIAO_CHROMIUM", "/usr/bin/chromium");
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(FLAGS));
    }

    /** A fresh browser context, signed in as {@code account} (password = account name, the demo accounts). */
    Page signIn(String account) {
        return signIn(account, "zh-CN");
    }

    Page signIn(String account, String locale) {
        Page page = anonymous(locale);
        page.navigate(base + "/ui/login");
        page.fill("#username", account);
        page.fill("#password", account);
        page.click("#sign-in");
        page.waitForURL(url -> !url.contains("/ui/login"));
        return page;
    }

    /** A page in a fresh browser context, signed in as no one. */
    Page anonymous(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    String url(String path) {
        return base + path;
    }

    /** Saves a screenshot of the whole page as {@code docs/screenshots/<name>.png} in the repository. */
    static void screenshot(Page page, String name) {
        Path folder = repository().resolve("docs").resolve("screenshots");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }

    private static Path repository() {
        Path here = Paths.get("").toAbsolutePath();
        // the launcher module's folder when run by Maven; the repository holds the Maven wrapper
        return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
