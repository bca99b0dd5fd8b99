package org.schoolimprovement.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls made by a process on the process's authority, not the signed-in user's: when a head's
 * completion starts a deadline watch or grants access, the head needs no permission for that.
 */
public final class AsProcess {

  private AsProcess() {
  }

  public static <T> T call(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return work.get();
    }
    return commandContext.runWithoutAuthorization(work::get);
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
