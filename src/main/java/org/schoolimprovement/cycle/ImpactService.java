package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 6: the impact review, the director's decisions and the CEO's sign-off. */
@Service
public class ImpactService {

  private final ImpactReviewRepository reviews;

  ImpactService(ImpactReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Transactional
  public void review(Long cycleId, List<ImpactOutcome> outcomes, String lessons, boolean share, String head) {
    reviews.findByCycleId(cycleId).ifPresent(existing -> {
      throw new IllegalStateException("the impact review of cycle " + cycleId + " was already submitted");
    });
    reviews.save(new ImpactReview(cycleId, outcomes, lessons, share, head, Clock.now()));
  }

  @Transactional
  public void decide(Long cycleId, Map<Integer, ImpactOutcome.Decision> decisions, String comment, String director) {
    ImpactReview review = get(cycleId);
    decisions.forEach((priority, decision) -> review.outcome(priority).decide(decision));
    review.decided(director, comment, Clock.now());
  }

  @Transactional
  public void signOff(Long cycleId, String comment, String ceo) {
    get(cycleId).signedOff(ceo, comment, Clock.now());
  }

  @Transactional(readOnly = true)
  public Optional<ImpactReview> find(Long cycleId) {
    return reviews.findByCycleId(cycleId);
  }

  /** Lessons the schools chose to share across the trust. */
  @Transactional(readOnly = true)
  public List<ImpactReview> sharedLessons() {
    return reviews.findByShareLessonsTrueOrderById();
  }

  private ImpactReview get(Long cycleId) {
    return find(cycleId).orElseThrow(() -> new IllegalStateException("no impact review for cycle " + cycleId));
  }
}
