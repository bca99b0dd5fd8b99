package org.schoolimprovement.school;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the schools a user may see. */
@RestController
@RequestMapping("/api/schools")
class SchoolController {

  private final SchoolService schools;
  private final SchoolAccess access;
  private final IdentityService identityService;

  SchoolController(SchoolService schools, SchoolAccess access, IdentityService identityService) {
    this.schools = schools;
    this.access = access;
    this.identityService = identityService;
  }

  @GetMapping
  List<SchoolView> list() {
    return schools.visibleTo(Viewer.current(identityService)).stream().map(SchoolView::of).toList();
  }

  @GetMapping("/{urn}")
  SchoolView get(@PathVariable String urn) {
    School school = schools.get(urn);
    if (!access.canView(Viewer.current(identityService), school)) {
      throw new SchoolAccessDeniedException(urn);
    }
    return SchoolView.of(school);
  }
}
