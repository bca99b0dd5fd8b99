package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.calendar.Term;

/** The intervention signal from progress: the same priority red, as validated, in two reviews running. */
class RedTwiceTest {

  ProgressReviewRepository repository = mock(ProgressReviewRepository.class);
  ProgressService progress = new ProgressService(repository, null);
  List<ProgressReview> reviews = new ArrayList<>();

  @Test
  void theSamePriorityRedInTwoValidatedReviewsRunning() {
    review(Term.AUTUMN, true, Rag.RED, Rag.GREEN);
    review(Term.SPRING, true, Rag.RED, Rag.AMBER);
    assertThat(progress.redTwice(1L, "AUTUMN")).as("no review before the first").isFalse();
    assertThat(progress.redTwice(1L, "SPRING")).isTrue();
  }

  @Test
  void differentPrioritiesRedOrAHeadsRatingAloneDoNotCount() {
    review(Term.AUTUMN, true, Rag.RED, Rag.GREEN);
    review(Term.SPRING, true, Rag.AMBER, Rag.RED);
    review(Term.SUMMER, false, Rag.AMBER, Rag.RED);
    assertThat(progress.redTwice(1L, "SPRING")).as("priority 1, then priority 2").isFalse();
    assertThat(progress.redTwice(1L, "SUMMER")).as("the summer review is not validated").isFalse();
  }

  @Test
  void theHeadsRedChangedByThePartnerIsNotRed() {
    review(Term.AUTUMN, true, Rag.RED);
    ProgressRating rating = new ProgressRating(1, null, Rag.RED, "head says red");
    rating.validate(Rag.AMBER);
    ProgressReview spring = new ProgressReview(1L, Term.SPRING, List.of(rating), "head", Instant.now());
    spring.validated("partner1", "Better than the head thinks", Instant.now());
    reviews.add(spring);
    assertThat(progress.redTwice(1L, "SPRING")).isFalse();
  }

  private void review(Term term, boolean validated, Rag... priorities) {
    List<ProgressRating> ratings = new ArrayList<>();
    for (int number = 1; number <= priorities.length; number++) {
      ProgressRating rating = new ProgressRating(number, null, priorities[number - 1], "commentary");
      if (validated) {
        rating.validate(priorities[number - 1]);
      }
      ratings.add(rating);
      ratings.add(new ProgressRating(number, 1, Rag.RED, null));
    }
    ProgressReview review = new ProgressReview(1L, term, ratings, "head", Instant.now());
    if (validated) {
      review.validated("partner1", null, Instant.now());
    }
    reviews.add(review);
    when(repository.findByCycleIdOrderById(1L)).thenReturn(reviews);
  }
}
