package org.schoolimprovement.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interventions and their boards. A school has at most one active intervention. */
@Service
public class InterventionService {

  private final InterventionRepository interventions;
  private final InterventionBoardRepository boards;

  InterventionService(InterventionRepository interventions, InterventionBoardRepository boards) {
    this.interventions = interventions;
    this.boards = boards;
  }

  @Transactional(readOnly = true)
  public Optional<Intervention> active(String urn) {
    return interventions.findFirstByUrnAndStatus(urn, Intervention.Status.ACTIVE);
  }

  @Transactional(readOnly = true)
  public List<Intervention> allActive() {
    return interventions.findByStatus(Intervention.Status.ACTIVE);
  }

  @Transactional
  public Intervention open(Long cycleId, String urn, Intervention.Reason reason, String detail, String processInstanceId) {
    active(urn).ifPresent(existing -> {
      throw new IllegalStateException("school " + urn + " is already in intervention (" + existing.reason().label() + ")");
    });
    return interventions.save(new Intervention(cycleId, urn, reason, detail, processInstanceId, Clock.now()));
  }

  @Transactional(readOnly = true)
  public Intervention get(Long id) {
    return interventions.findById(id).orElseThrow(() -> new IllegalArgumentException("no intervention " + id));
  }

  @Transactional
  public void decide(Long id, Intervention.Package chosen, String rationale, List<String> criteria, String ceo) {
    get(id).decide(chosen, rationale, criteria, ceo, Clock.now());
  }

  @Transactional
  public InterventionBoard recordBoard(Long id, LocalDate heldOn, String minutes, String decisions, int criteriaMet,
      boolean exitRecommended, String director) {
    int number = boards.findByInterventionIdOrderByNumber(id).size() + 1;
    return boards.save(new InterventionBoard(id, number, heldOn, minutes, decisions, criteriaMet, exitRecommended, director,
        Clock.now()));
  }

  @Transactional(readOnly = true)
  public List<InterventionBoard> boards(Long id) {
    return boards.findByInterventionIdOrderByNumber(id);
  }

  @Transactional
  public void exit(Long id, String ceo, String comment) {
    get(id).exit(ceo, comment, Clock.now());
  }
}
