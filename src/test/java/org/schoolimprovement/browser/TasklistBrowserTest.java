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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.openqa.selenium.JavascriptExecutor;
import org.schoolimprovement.cycle.CycleFixtures;
import org.schoolimprovement.cycle.CycleService;
import org.schoolimprovement.cycle.SelfAuditService;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What staff see and do in real headless Chromium (Debian's chromium and chromedriver; CI installs them): a
 * head's Tasklist, and a self-audit carried from the head's form through the director's moderation to the
 * CEO's dashboard. Screenshots are kept under target/browser-screenshots/.
 */
@TrustApplicationTest
class TasklistBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  SelfAuditService selfAudits;
  @Autowired
  CycleService cycles;
  @Autowired
  CycleFixtures cycleFixtures;
  @Autowired
  HistoryService historyService;
  @Autowired
  TestSchools testSchools;

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

  /** A year no other test uses (2027/28), so this one test owns Oakfield's cycle in it. */
  @Test
  void aSelfAuditGoesFromTheHeadsFormToTheDirectorAndShowsOnTheCeosDashboard() throws Exception {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2027-09-06T08:00:00Z")));
    try {
      runtimeService.startProcessInstanceByKey("improvementCycle", "100001-2027/28",
          java.util.Map.of("urn", "100001", "academicYear", "2027/28"));
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

      signInToTasklist("head100001", "Sarah Bennett", wait);
      openTask("My school", "Complete self-audit: Oakfield Primary School", wait);
      for (String area : List.of("Inclusion", "Curriculum and teaching", "Achievement", "Attendance and behaviour",
          "Personal development and well-being", "Leadership and governance")) {
        choose(area, "Strong standard", wait);
      }
      choose("Early years", "Exceptional", wait);
      choose("Sixth form", "Not applicable", wait);
      click(field("Is safeguarding effective?").findElement(By.xpath(".//label[contains(., 'Yes')]")));
      field("Key strengths").findElement(By.tagName("textarea")).sendKeys("A reading culture in every class.");
      field("Main concerns").findElement(By.tagName("textarea")).sendKeys("Writing at key stage 2.");
      screenshot("e2e-1-head-self-audit.png");
      complete(wait);
      wait.until(driver -> cycles.find("100001", "2027/28").flatMap(cycle -> selfAudits.latest(cycle.id())).isPresent());

      browser.manage().deleteAllCookies();
      signInToTasklist("director1", "David Okafor", wait);
      openTask("My tasks", "Moderate category: Oakfield Primary School", wait);
      click(field("Your decision").findElement(By.xpath(".//label[contains(., 'Confirm')]")));
      screenshot("e2e-2-director-moderation.png");
      complete(wait);
      // Category 1 this year: if last year's differed (another test may have set it), the CEO approves first.
      taskService.createTaskQuery().processInstanceBusinessKey("100001-2027/28").taskDefinitionKey("Task_ApproveCategory")
          .list().forEach(approval -> taskService.complete(approval.getId(),
              java.util.Map.of("categoryApprovalDecision", "APPROVE")));
      wait.until(driver -> cycles.find("100001", "2027/28").orElseThrow().step() == 2);

      browser.manage().deleteAllCookies();
      browser.get("http://localhost:" + port + "/dashboard");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("ceo");
      browser.findElement(By.id("password")).sendKeys("demo");
      browser.findElement(By.cssSelector("#sign-in-form button")).click();
      WebElement oakfield = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//tbody/tr[th[contains(., 'Oakfield Primary School')]]")));
      screenshot("e2e-3-ceo-dashboard.png");
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2027/28");
      assertThat(oakfield.getText()).contains("2 Diagnose needs").contains("1 Sustain");
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * A school of its own (URN 100094, removed afterwards): its head's appraisal opens with the year, the school's
   * needs analysis is recorded after it, and the director links an objective to one of those priorities in the
   * Camunda Form.
   */
  @Test
  void aDirectorLinksAnObjectiveToAPriorityAnalysedAfterTheTaskOpened() throws Exception {
    String urn = "100094";
    testSchools.registerPrimary(urn, "Linking Academy", "Robin Link", "director2");
    try {
      String appraisal = runtimeService.startProcessInstanceByKey("headteacherAppraisal", urn + "-2028/29",
          java.util.Map.of("urn", urn, "academicYear", "2028/29")).getId();
      String objectives = taskService.createTaskQuery().processInstanceId(appraisal).singleResult().getId();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      signInToTasklist("director2", "Priya Shah", wait);
      openTaskById(objectives, wait);
      click(fields("Linked to the school").get(0).findElement(By.cssSelector(".fjs-input-group")));
      assertThat(browser.findElements(By.cssSelector(".fjs-dropdownlist-item"))).as("no priorities yet").isEmpty();
      screenshot("appraisal-objectives-before-analysis.png");

      cycleFixtures.withNeedsAnalysed(urn, "2028/29", "browser-test-" + appraisal);
      linkAnObjectiveToTheFirstPriority(objectives, wait);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(appraisal)
          .variableName("objective1Priority").singleResult().getValue()).isEqualTo("1");
    } finally {
      testSchools.remove(urn);
    }
  }

  private void linkAnObjectiveToTheFirstPriority(String objectives, WebDriverWait wait) throws Exception {
    browser.navigate().refresh();
    openTaskById(objectives, wait);
    field("The panel").findElement(By.tagName("textarea")).sendKeys("Chair and vice-chair of governors");
    field("External adviser").findElement(By.tagName("input")).sendKeys("Dr Amal Idris");
    click(field("You record this as").findElement(By.xpath(".//label[contains(., 'Director of education')]")));
    fields("Objective").get(0).findElement(By.tagName("textarea")).sendKeys("Raise maths attainment to 60%");
    click(fields("Linked to the school").get(0).findElement(By.cssSelector(".fjs-input-group")));
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[starts-with(normalize-space(.), '1: Raise attainment in maths')]"))).click();
    screenshot("appraisal-objectives-linked.png");
    complete(wait);

    wait.until(driver -> historyService.createHistoricTaskInstanceQuery().taskId(objectives).finished().count() == 1);
  }

  private void openTaskById(String taskId, WebDriverWait wait) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  private void signInToTasklist(String user, String name, WebDriverWait wait) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[placeholder='Username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), name));
  }

  private void openTask(String filter, String task, WebDriverWait wait) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='" + filter + "']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., '" + task + "')]"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    // A group task opens read-only until claimed; an assigned one is ready at once.
    List<WebElement> claim = browser.findElements(By.xpath("//*[self::button or self::a][contains(normalize-space(.), 'Claim')]"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  private WebElement field(String label) {
    List<WebElement> fields = fields(label);
    return fields.get(fields.size() - 1);
  }

  /** The form's fields with the label, outermost first (a group holds the fields inside it). */
  private List<WebElement> fields(String label) {
    return browser.findElements(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[.//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), '" + label + "')]]"));
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void choose(String label, String option, WebDriverWait wait) {
    click(field(label).findElement(By.cssSelector(".fjs-input-group")));
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), '" + option + "')]"))).click();
  }

  private void complete(WebDriverWait wait) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))));
  }

  private void screenshot(String name) throws java.io.IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
