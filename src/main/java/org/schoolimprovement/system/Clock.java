package org.schoolimprovement.system;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, so records and process history agree, and tests can move time for both. */
public final class Clock {

  private Clock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
