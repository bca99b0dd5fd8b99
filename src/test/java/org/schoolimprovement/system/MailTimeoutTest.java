package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.schoolimprovement.ShippedConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that takes the connection and then says nothing: with the shipped mail settings the send fails
 * (and its job is retried) instead of holding a job executor thread for ever, as Jakarta Mail's defaults would.
 * The time limit only stops the test from hanging without the settings; it does not measure speed.
 */
class MailTimeoutTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMailServerThatSaysNothingFailsTheSendInsteadOfHangingIt() throws Exception {
    Map<String, String> shipped = ShippedConfiguration.binder()
        .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get();
    assertThat(shipped).containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout");

    List<Socket> held = new CopyOnWriteArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread accepting = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // and never a greeting
          }
        } catch (Exception closed) {
          // the test is over
        }
      });
      accepting.setDaemon(true);
      accepting.start();

      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("localhost");
      sender.setPort(silent.getLocalPort());
      Properties properties = new Properties();
      properties.putAll(shipped);
      sender.setJavaMailProperties(properties);
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom("improvement@oakfield-trust.example");
      message.setTo("head100001@oakfield-trust.example");
      message.setSubject("Overdue: Complete self-audit");
      message.setText("A reminder.");

      assertThatThrownBy(() -> sender.send(message)).isInstanceOf(MailSendException.class)
          .hasRootCauseInstanceOf(SocketTimeoutException.class);
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
