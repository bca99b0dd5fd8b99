package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 5: termly progress reviews, their RAG ratings and their validation. RAG history is kept per term. */
@Service
public class ProgressService {

  private final ProgressReviewRepository reviews;
  private final DecisionService decisions;

  ProgressService(ProgressReviewRepository reviews, DecisionService decisions) {
    this.reviews = reviews;
    this.decisions = decisions;
  }

  /**
   * The terms whose progress board the category brings, from the supportPackage decision: with one board a
   * year, the summer term's; otherwise every term's. (Half-termly boards come with an intervention.)
   */
  public List<String> termsFor(Number category) {
    Number boards = decisions.evaluateDecisionTableByKey("supportPackage", Map.of("category", category.intValue()))
        .getSingleResult().getEntry("progressBoards");
    if (boards.intValue() <= 1) {
      return List.of(Term.SUMMER.name());
    }
    return List.of(Term.AUTUMN.name(), Term.SPRING.name(), Term.SUMMER.name());
  }

  @Transactional
  public ProgressReview update(Long cycleId, Term term, List<ProgressRating> ratings, String head) {
    reviews.findByCycleIdAndTerm(cycleId, term).ifPresent(existing -> {
      throw new IllegalStateException("the " + term.label() + " progress review was already submitted");
    });
    return reviews.save(new ProgressReview(cycleId, term, ratings, head, Clock.now()));
  }

  /** The improvement partner's ratings, keyed by the head's rating they replace. */
  @Transactional
  public void validate(Long cycleId, Term term, Map<ProgressRating, Rag> validated, String comment, String partner) {
    ProgressReview review = review(cycleId, term);
    validated.forEach((rating, rag) -> review.rating(rating.priorityNumber(), rating.criterionNumber()).validate(rag));
    review.validated(partner, comment, Clock.now());
  }

  @Transactional(readOnly = true)
  public ProgressReview review(Long cycleId, Term term) {
    return reviews.findByCycleIdAndTerm(cycleId, term)
        .orElseThrow(() -> new IllegalStateException("no " + term.label() + " progress review for cycle " + cycleId));
  }

  /**
   * Whether a priority was rated red (as validated) in this term's review and in the validated review before
   * it: one of the signals that the school needs an intervention.
   */
  @Transactional(readOnly = true)
  public boolean redTwice(Long cycleId, String term) {
    List<ProgressReview> validated = history(cycleId).stream().filter(review -> review.validatedBy() != null)
        .sorted(java.util.Comparator.comparing(ProgressReview::term)).toList();
    int current = -1;
    for (int index = 0; index < validated.size(); index++) {
      if (validated.get(index).term().name().equals(term)) {
        current = index;
      }
    }
    if (current < 1) {
      return false;
    }
    java.util.Set<Integer> redBefore = redPriorities(validated.get(current - 1));
    return redPriorities(validated.get(current)).stream().anyMatch(redBefore::contains);
  }

  private static java.util.Set<Integer> redPriorities(ProgressReview review) {
    return review.ratings().stream().filter(rating -> rating.criterionNumber() == null && rating.validatedRag() == Rag.RED)
        .map(ProgressRating::priorityNumber).collect(java.util.stream.Collectors.toSet());
  }

  @Transactional(readOnly = true)
  public List<ProgressReview> history(Long cycleId) {
    return reviews.findByCycleIdOrderById(cycleId);
  }
}
