package org.schoolimprovement.school;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.schoolimprovement.system.Grants;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Registers the trust's schools. Each school has a Camunda group {@code school-<URN>}: its head is a member,
 * and the head's tasks name it as candidate group.
 */
@Service
@Validated
public class SchoolService {

  private final SchoolRepository schools;
  private final IdentityService identityService;
  private final SchoolAccess access;
  private final Grants grants;

  SchoolService(SchoolRepository schools, IdentityService identityService, SchoolAccess access, Grants grants) {
    this.schools = schools;
    this.identityService = identityService;
    this.access = access;
    this.grants = grants;
  }

  /** Creates the school, or updates it if the URN is known, together with its group. */
  @Transactional
  public School register(@Valid SchoolDetails details) {
    requireDirector(details.directorOfEducation());
    School school = schools.findById(details.urn())
        .map(existing -> {
          existing.update(details);
          return existing;
        })
        .orElseGet(() -> schools.save(new School(details)));
    ensureSchoolGroup(school);
    return school;
  }

  @Transactional(readOnly = true)
  public Optional<School> find(String urn) {
    return schools.findById(urn);
  }

  @Transactional(readOnly = true)
  public School get(String urn) {
    return find(urn).orElseThrow(() -> new SchoolNotFoundException(urn));
  }

  /** The active schools' URNs, in one query (not a school and its grades each). */
  @Transactional(readOnly = true)
  public List<String> activeUrns() {
    return schools.findActiveUrns();
  }

  @Transactional(readOnly = true)
  public List<School> visibleTo(Viewer viewer) {
    return schools.findAllByOrderByUrn().stream().filter(school -> access.canView(viewer, school)).toList();
  }

  @Transactional(readOnly = true)
  public long count() {
    return schools.count();
  }

  private void requireDirector(String userId) {
    boolean isDirector = identityService.createUserQuery()
        .userId(userId)
        .memberOfGroup(TrustRole.DIRECTOR_OF_EDUCATION.groupId())
        .count() == 1;
    if (!isDirector) {
      throw new IllegalArgumentException(
          "directorOfEducation: '" + userId + "' is not a member of " + TrustRole.DIRECTOR_OF_EDUCATION.groupId());
    }
  }

  private void ensureSchoolGroup(School school) {
    Group group = identityService.createGroupQuery().groupId(school.groupId()).singleResult();
    if (group == null) {
      group = identityService.newGroup(school.groupId());
      group.setType("SCHOOL");
    }
    group.setName(school.name());
    identityService.saveGroup(group);
    // Members see their school group's name in Tasklist.
    grants.toGroup(school.groupId(), Resources.GROUP, school.groupId(), Permissions.READ);
  }
}
