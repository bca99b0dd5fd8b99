import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * P2's users of the app's REST API: reads one action a line from standard input, {@code complete USER TASK} (the
 * self-audit submitted as {@code SELF_AUDIT_FILE}) or {@code list USER} (the user's filter's first page of 15 as
 * Tasklist asks for it, HAL with the school and step variables, then the filter's count), and runs them eight
 * users at a time in the order given. Prints {@code kind status seconds} for every request ({@code 000} if it got
 * no answer).
 *
 * <p>Each user signs every request with HTTP Basic, and keeps its connection open from one request to the next as
 * a browser does, so the machine the app runs on spends its CPU on the app rather than on starting a client per
 * request. Environment: {@code BASE} (the REST API's root), {@code MY_SCHOOL} and {@code MY_SCHOOLS} (the heads'
 * and directors' filters), {@code DIRECTOR} (directors' user names start with it and a hyphen),
 * {@code DIRECTOR_PASSWORD}, {@code SELF_AUDIT_FILE}.
 */
public class TasklistUsers {

  private static final int USERS = 8;
  private static final String HEAD_PASSWORD = "head-password";
  private static final String LIST_BODY = "{\"variableNames\":[\"schoolName\",\"stepName\"]}";

  public static void main(String[] args) throws Exception {
    String base = System.getenv().getOrDefault("BASE", "http://localhost:18090/engine-rest");
    String selfAudit = Files.readString(Path.of(System.getenv("SELF_AUDIT_FILE")));
    String directorPrefix = System.getenv("DIRECTOR") + "-";
    List<String> actions = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
        .filter(line -> !line.isBlank()).toList();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    for (String action : actions) {
      String[] words = action.trim().split("\\s+");
      boolean director = words[1].startsWith(directorPrefix);
      String authorization = "Basic " + Base64.getEncoder().encodeToString((words[1] + ":"
          + (director ? System.getenv("DIRECTOR_PASSWORD") : HEAD_PASSWORD)).getBytes(StandardCharsets.UTF_8));
      String filter = System.getenv(director ? "MY_SCHOOLS" : "MY_SCHOOL");
      users.submit(() -> {
        switch (words[0]) {
          case "complete" -> send(client, out, "complete", json(base + "/task/" + words[2] + "/submit-form", selfAudit)
              .header("Authorization", authorization).build());
          case "list" -> {
            send(client, out, "list", json(base + "/filter/" + filter + "/list?firstResult=0&maxResults=15", LIST_BODY)
                .header("Accept", "application/hal+json").header("Authorization", authorization).build());
            send(client, out, "count", HttpRequest.newBuilder(URI.create(base + "/filter/" + filter + "/count"))
                .header("Authorization", authorization).GET().build());
          }
          default -> throw new IllegalArgumentException("unknown action: " + action);
        }
      });
    }
    users.shutdown();
    if (!users.awaitTermination(6, TimeUnit.HOURS)) {
      throw new IllegalStateException("P2's users did not finish");
    }
    out.flush();
  }

  private static HttpRequest.Builder json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static void send(HttpClient client, PrintStream out, String kind, HttpRequest request) {
    long start = System.nanoTime();
    String status;
    try {
      status = String.valueOf(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (Exception e) {
      status = "000";
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    synchronized (out) {
      out.printf("%s %s %.6f%n", kind, status, seconds);
    }
  }
}
