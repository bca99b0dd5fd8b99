package org.schoolimprovement.cycle;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, so records and process history agree, and tests can move time for both. */
final class Clock {

  private Clock() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
