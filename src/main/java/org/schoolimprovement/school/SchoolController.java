package org.schoolimprovement.school;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the schools a user may see. */
@RestController
@RequestMapping("/api/schools")
class SchoolController {

  private final SchoolService schools;
  private final SchoolAccess access;
  private final IdentityService identityService;
  private final PortfolioChange portfolios;

  SchoolController(SchoolService schools, SchoolAccess access, IdentityService identityService, PortfolioChange portfolios) {
    this.schools = schools;
    this.access = access;
    this.identityService = identityService;
    this.portfolios = portfolios;
  }

  @GetMapping
  List<SchoolView> list() {
    return schools.visibleTo(Viewer.current(identityService)).stream().map(SchoolView::of).toList();
  }

  record NewDirector(String director) {
  }

  /** Moves the school to another director's portfolio, with its cycles, tasks and access (CEO or administrator). */
  @PutMapping("/{urn}/director")
  PortfolioChange.Moved move(@PathVariable String urn, @RequestBody NewDirector body) {
    Viewer viewer = Viewer.current(identityService);
    if (!viewer.isIn(TrustRole.CEO) && !viewer.isIn(TrustRole.ADMIN)) {
      throw new ApiException(HttpStatus.FORBIDDEN, null, "only the CEO or an administrator may move a school");
    }
    return portfolios.move(urn, body == null ? null : body.director());
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
