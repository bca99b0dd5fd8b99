import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's mail server: answers SMTP as a relay would (every command accepted at once) and keeps only a
 * count of the messages and recipients, which it prints when stopped. It stands for a mail server on another
 * machine, so it should cost the two cores the app and PostgreSQL share as little as it can: the harness's Python
 * sink (ops/resilience/smtp_sink.py), which reads every message to check its recipient and link, took 3.2 ms of CPU
 * a message and 45 ms to answer one conversation (README "Performance", round 22).
 *
 * <p>{@code java MailSink PORT}: listens on 127.0.0.1.
 */
public class MailSink {

  private static final AtomicLong MESSAGES = new AtomicLong();
  private static final AtomicLong RECIPIENTS = new AtomicLong();

  public static void main(String[] args) throws IOException {
    Runtime.getRuntime().addShutdownHook(new Thread(() ->
        System.out.println(MESSAGES.get() + " messages, " + RECIPIENTS.get() + " recipients")));
    ExecutorService conversations = Executors.newFixedThreadPool(32);
    try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 64, InetAddress.getLoopbackAddress())) {
      while (true) {
        Socket client = server.accept();
        conversations.execute(() -> converse(client));
      }
    }
  }

  private static void converse(Socket client) {
    try (client) {
      client.setTcpNoDelay(true);
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = client.getOutputStream();
      reply(out, "220 sink");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 sink");
          case "RCPT" -> {
            RECIPIENTS.incrementAndGet();
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 end with .");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the message itself is not kept
            }
            MESSAGES.incrementAndGet();
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK"); // MAIL, RSET, NOOP
        }
      }
    } catch (IOException e) {
      System.err.println("conversation ended: " + e);
    }
  }

  private static void reply(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
