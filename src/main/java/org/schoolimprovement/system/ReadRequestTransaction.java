package org.schoolimprovement.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A read of Camunda's REST API (ours at {@code /engine-rest}, the webapps' at {@code /camunda/api/engine}) runs in
 * one transaction, which the engine's commands for it join, instead of one transaction for each command. A Tasklist
 * list view is eleven commands: the sign-in's three (the password, then the user's groups, a command to make the
 * query and one to run it) and the list's eight (the filter, its page of tasks and its count, and the candidate
 * groups, process definitions and variables its HAL answer embeds). Each took a connection from the pool, began a
 * transaction, opened a JPA entity manager and committed: nine connections taken for a list view, now one.
 *
 * <p>Only reads: {@code GET} and {@code HEAD}, and the queries Tasklist sends as {@code POST} (a filter's list and
 * count, the task list and count). A change keeps its own transaction, committed by the engine before the answer
 * is written, so an answer of success always means the change is saved. The read's transaction is committed as
 * each command's would have been (so a failed sign-in is still recorded, and locks the user after too many), or
 * rolled back if a command failed.
 *
 * <p>The transaction begins with {@code trust.database.read-settings}, if any: on PostgreSQL a read's statements are
 * planned for their parameters on every run (application-postgres.yaml says why), and the engine's other work,
 * its jobs and the changes users make, keeps PostgreSQL's plans from one run to the next.
 */
public class ReadRequestTransaction extends OncePerRequestFilter {

  /** Before the sign-in filters ({@code security/ProcessEngineAuthentication}), whose commands join it. */
  public static final int ORDER = 0;

  private static final TransactionDefinition AS_THE_ENGINE_BEGINS = new DefaultTransactionDefinition();
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
  private static final Pattern QUERY_SENT_AS_POST =
      Pattern.compile(".*/(filter/[^/]+/(list|count)|task|task/count)/?");

  private final PlatformTransactionManager transactions;
  private final JdbcTemplate jdbc;
  private final String settings;

  /** {@code settings}: SQL run first in each read's transaction (e.g. {@code SET LOCAL ...}), or blank for none. */
  ReadRequestTransaction(PlatformTransactionManager transactions, DataSource dataSource, String settings) {
    this.transactions = transactions;
    this.jdbc = new JdbcTemplate(dataSource);
    this.settings = settings == null ? "" : settings.trim();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !(SAFE_METHODS.contains(request.getMethod())
        || "POST".equals(request.getMethod()) && QUERY_SENT_AS_POST.matcher(request.getRequestURI()).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TransactionStatus transaction = transactions.getTransaction(AS_THE_ENGINE_BEGINS);
    try {
      if (!settings.isEmpty()) {
        jdbc.execute(settings);
      }
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      transactions.rollback(transaction);
      throw e;
    }
    if (transaction.isRollbackOnly()) {
      transactions.rollback(transaction);
    } else {
      transactions.commit(transaction);
    }
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<ReadRequestTransaction> readRequestTransaction(PlatformTransactionManager transactions,
        DataSource dataSource, @Value("${trust.database.read-settings:}") String settings) {
      FilterRegistrationBean<ReadRequestTransaction> registration =
          new FilterRegistrationBean<>(new ReadRequestTransaction(transactions, dataSource, settings));
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setOrder(ORDER);
      return registration;
    }
  }
}
