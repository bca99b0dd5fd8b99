package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Jobs can never hold every database connection: with each of the job executor's threads holding one (ten jobs
 * waiting on a slow mail server, or a storm of timers), a head's Tasklist is still served, not answered 503 after
 * the pool's 5 s wait as with Hikari's default of ten connections.
 */
@TrustApplicationTest
class ConnectionPoolTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  CamundaBpmProperties camunda;
  @Autowired
  TestRestTemplate rest;

  @Test
  void aHeadIsServedWhileEveryJobThreadHoldsAConnection() throws Exception {
    int jobThreads = camunda.getJobExecution().getMaxPoolSize();
    assertThat(jobThreads).isEqualTo(10);
    List<Connection> heldByJobs = new ArrayList<>();
    try {
      for (int i = 0; i < jobThreads; i++) {
        heldByJobs.add(dataSource.getConnection());
      }
      var count = RestClient.as(rest, "head100001").get("/engine-rest/task/count", String.class);
      assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(count.getBody()).contains("\"count\":");
    } finally {
      for (Connection connection : heldByJobs) {
        connection.close();
      }
    }
  }
}
