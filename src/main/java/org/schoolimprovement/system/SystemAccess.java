package org.schoolimprovement.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Engine calls the application makes on its own authority, for a request or a process: the signed-in user's
 * Camunda permissions do not apply (our own rules have been checked before). Inside a command this is
 * {@link AsProcess}; outside, the request's authentication is set aside for the call and restored.
 */
@Component
public class SystemAccess {

  private final IdentityService identityService;

  public SystemAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return AsProcess.call(work);
    }
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
