package org.schoolimprovement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a head sees on opening Tasklist, in real headless Chromium (Debian's chromium and chromedriver; CI
 * installs them). The screenshot is kept under target/browser-screenshots/.
 */
@TrustApplicationTest
class TasklistBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  @LocalServerPort
  int port;

  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aHeadSeesTheirNameTheirFiltersWithCountsAndNoEndOfLifeBanner() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[placeholder='Username']")))
        .sendKeys("head100001");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Sarah Bennett"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My school"));
    Thread.sleep(1500); // the filters' counts arrive after the list
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("head-tasklist.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(browser.getTitle()).contains("Oakfield Learning Trust");
    assertThat(page).contains("Sarah Bennett", "My tasks", "My school", "Due this week", "Overdue")
        .doesNotContain("Escalations", "Deployments", "migrate to Camunda 8");
    List<WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(browser.findElements(By.cssSelector(".filters .count, .filter .count, [class*='count']")))
        .as("each filter shows its count").isNotEmpty();
  }
}
