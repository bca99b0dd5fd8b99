package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Optional;
import org.schoolimprovement.cycle.CategoryDecision.Kind;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's cycle record and the decisions on its category. */
@Service
public class CycleService {

  private final ImprovementCycleRepository cycles;
  private final CategoryDecisionRepository decisions;
  private final SchoolService schools;

  CycleService(ImprovementCycleRepository cycles, CategoryDecisionRepository decisions, SchoolService schools) {
    this.cycles = cycles;
    this.decisions = decisions;
    this.schools = schools;
  }

  /** A cycle just opened, and the category the school ended its last cycle here with, if any. */
  public record Opened(ImprovementCycle cycle, Optional<Integer> previousCategory) {
  }

  /**
   * Opens the school's cycle for the year; a school has one cycle per year. Whether it has one already and its
   * last year's are one query: the latest cycle up to this year.
   */
  @Transactional
  public Opened open(String urn, String academicYear, String processInstanceId) {
    School school = schools.get(urn);
    Optional<ImprovementCycle> latest =
        cycles.findFirstByUrnAndAcademicYearLessThanEqualOrderByAcademicYearDesc(urn, academicYear);
    latest.filter(cycle -> cycle.academicYear().equals(academicYear)).ifPresent(existing -> {
      throw new IllegalStateException(school.name() + " already has an improvement cycle for " + academicYear
          + " (process instance " + existing.processInstanceId() + ")");
    });
    ImprovementCycle opened = cycles.save(new ImprovementCycle(urn, academicYear, processInstanceId, Clock.now()));
    return new Opened(opened, latest.map(ImprovementCycle::category));
  }

  @Transactional(readOnly = true)
  public ImprovementCycle get(Long cycleId) {
    return cycles.findById(cycleId).orElseThrow(() -> new IllegalArgumentException("no improvement cycle " + cycleId));
  }

  @Transactional(readOnly = true)
  public Optional<ImprovementCycle> find(String urn, String academicYear) {
    return cycles.findByUrnAndAcademicYear(urn, academicYear);
  }

  /** The category the school ended last year's cycle with, if it had one here. */
  @Transactional(readOnly = true)
  public Optional<Integer> previousCategory(String urn, String academicYear) {
    return cycles.findFirstByUrnAndAcademicYearLessThanOrderByAcademicYearDesc(urn, academicYear)
        .map(ImprovementCycle::category);
  }

  @Transactional
  public void enterStep(Long cycleId, int step) {
    get(cycleId).enterStep(step);
  }

  @Transactional
  public void complete(Long cycleId) {
    get(cycleId).complete(Clock.now());
  }

  @Transactional
  public void recordComputed(Long cycleId, int category) {
    decisions.save(new CategoryDecision(cycleId, Kind.COMPUTED, category, null, null, Clock.now()));
  }

  /**
   * The director's moderation. Returns whether the CEO must approve: when the category was overridden, or
   * differs from last year's.
   */
  @Transactional
  public boolean moderate(Long cycleId, int computed, Integer override, String rationale, String director) {
    ImprovementCycle cycle = get(cycleId);
    int category = override == null ? computed : override;
    decisions.save(new CategoryDecision(cycleId, override == null ? Kind.CONFIRMED : Kind.OVERRIDDEN, category, rationale,
        director, Clock.now()));
    Optional<Integer> previous = previousCategory(cycle.urn(), cycle.academicYear());
    boolean needsApproval = override != null || previous.map(last -> last != category).orElse(false);
    if (!needsApproval) {
      cycle.categorise(category, Category.labelOf(category));
    }
    return needsApproval;
  }

  @Transactional
  public void decideApproval(Long cycleId, int category, boolean approved, String comments, String ceo) {
    decisions.save(new CategoryDecision(cycleId, approved ? Kind.APPROVED : Kind.RETURNED, category, comments, ceo,
        Clock.now()));
    if (approved) {
      get(cycleId).categorise(category, Category.labelOf(category));
    }
  }

  @Transactional
  public void reReview(Long cycleId, Integer proposed, String rationale, String director) {
    ImprovementCycle cycle = get(cycleId);
    if (proposed == null) {
      decisions.save(new CategoryDecision(cycleId, Kind.RE_REVIEW_KEPT, cycle.category(), rationale, director, Clock.now()));
    } else {
      decisions.save(new CategoryDecision(cycleId, Kind.RE_REVIEW_PROPOSED, proposed, rationale, director, Clock.now()));
    }
  }

  @Transactional
  public void decideChange(Long cycleId, int proposed, boolean approved, String comments, String ceo) {
    decisions.save(new CategoryDecision(cycleId, approved ? Kind.CHANGE_APPROVED : Kind.CHANGE_REFUSED, proposed, comments,
        ceo, Clock.now()));
    if (approved) {
      get(cycleId).categorise(proposed, Category.labelOf(proposed));
    }
  }

  @Transactional(readOnly = true)
  public List<CategoryDecision> decisions(Long cycleId) {
    return decisions.findByCycleIdOrderById(cycleId);
  }
}
