package org.schoolimprovement.school;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Lists of schools are read without a query per school (Hibernate's own count of the statements it prepares). */
@TrustApplicationTest
class SchoolReadsTest {

  @Autowired
  EntityManagerFactory entityManagerFactory;
  @Autowired
  SchoolService schools;
  @Autowired
  TestRestTemplate rest;

  @Test
  void theYearsSchoolsAreOneQueryAndAListOfSchoolsReadsTheirGradesInOneMore() {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      assertThat(schools.activeUrns()).containsSubsequence("100001", "100002", "100006");
      assertThat(statistics.getPrepareStatementCount()).as("the year's schools").isEqualTo(1);

      statistics.clear();
      List<?> listed = RestClient.as(rest, "ceo").get("/api/schools", List.class).getBody();
      assertThat(listed).hasSizeGreaterThanOrEqualTo(6);
      assertThat(statistics.getPrepareStatementCount()).as("the schools, then their Ofsted grades").isEqualTo(2);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }
}
