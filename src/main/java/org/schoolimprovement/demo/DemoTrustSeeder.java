package org.schoolimprovement.demo;

import org.schoolimprovement.school.SchoolDetails;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.security.StaffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo trust through the same services staff use, when {@code trust.demo.seed} is on and the trust
 * has no school yet; a restart seeds nothing twice.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "trust.demo.seed", havingValue = "true")
public class DemoTrustSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoTrustSeeder.class);

  private final StaffService staff;
  private final SchoolService schools;

  DemoTrustSeeder(StaffService staff, SchoolService schools) {
    this.staff = staff;
    this.schools = schools;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (schools.count() > 0) {
      return;
    }
    DemoTrust.centralTeam().forEach(person -> staff.enrol(person.member(), DemoTrust.PASSWORD, person.groups()));
    for (SchoolDetails school : DemoTrust.schools()) {
      schools.register(school);
      DemoTrust.Person head = DemoTrust.headOf(school);
      staff.enrol(head.member(), DemoTrust.PASSWORD, head.groups());
    }
    log.info("Seeded the demo trust: {} schools; every demo user's password is '{}'", DemoTrust.schools().size(),
        DemoTrust.PASSWORD);
  }
}
