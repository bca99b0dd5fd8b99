package org.schoolimprovement.cycle;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.school.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lessons schools chose to share at the end of their year, for every member of staff in the trust. */
@RestController
class LessonsController {

  record SharedLesson(String urn, String school, String academicYear, String lessons) {
  }

  private final ImpactService impact;
  private final CycleService cycles;
  private final SchoolService schools;
  private final IdentityService identityService;

  LessonsController(ImpactService impact, CycleService cycles, SchoolService schools, IdentityService identityService) {
    this.impact = impact;
    this.cycles = cycles;
    this.schools = schools;
    this.identityService = identityService;
  }

  @GetMapping("/api/lessons")
  List<SharedLesson> shared() {
    Viewer.current(identityService);
    return impact.sharedLessons().stream().map(review -> {
      ImprovementCycle cycle = cycles.get(review.cycleId());
      return new SharedLesson(cycle.urn(), schools.get(cycle.urn()).name(), cycle.academicYear(), review.lessons());
    }).toList();
  }
}
