package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening a school's cycle: one a year, with last year's category to compare the new one with. */
@TrustApplicationTest
class CycleOpeningTest {

  static final String URN = "100093";

  @Autowired
  CycleService cycles;
  @Autowired
  TestSchools testSchools;
  @Autowired
  EntityManagerFactory entityManagerFactory;

  @AfterEach
  void removeSchool() {
    testSchools.remove(URN);
  }

  @Test
  void aCycleOpensWithLastYearsCategoryAndOnlyOnceAYear() {
    testSchools.registerPrimary(URN, "Opening Academy", "Olu Open", "director1");
    CycleService.Opened first = cycles.open(URN, "2027/28", "first-year");
    assertThat(first.previousCategory()).as("its first year with the trust").isEmpty();
    cycles.moderate(first.cycle().id(), 3, null, null, "director1");
    cycles.open(URN, "2025/26", "an-earlier-year").cycle();

    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    CycleService.Opened next;
    try {
      next = cycles.open(URN, "2028/29", "next-year");
      // The school, the latest cycle up to this year (none this year, last year's category), the new cycle.
      assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
    assertThat(next.previousCategory()).as("2027/28's, not 2025/26's").contains(3);
    assertThat(next.cycle().academicYear()).isEqualTo("2028/29");
    assertThat(cycles.find(URN, "2028/29")).hasValueSatisfying(cycle ->
        assertThat(cycle.processInstanceId()).isEqualTo("next-year"));

    assertThatThrownBy(() -> cycles.open(URN, "2027/28", "again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Opening Academy already has an improvement cycle for 2027/28 (process instance first-year)");
    assertThat(cycles.find(URN, "2027/28")).hasValueSatisfying(cycle ->
        assertThat(cycle.processInstanceId()).as("unchanged").isEqualTo("first-year"));
  }
}
