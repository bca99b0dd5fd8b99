package org.schoolimprovement.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a plain ProcessEngineException, which the REST API
 * answers with 500. Our listeners refuse bad input with a {@link FormFieldValidationException}; this
 * interceptor, outside the transaction, rethrows that cause so the REST API answers 400 with "field: rule"
 * on task completion, form submission and process start alike. The transaction has rolled back by then.
 */
class ValidationFailureInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      FormFieldValidationException validation = validationCause(e);
      throw validation != null ? validation : e;
    }
  }

  private static FormFieldValidationException validationCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException validation) {
        return validation;
      }
    }
    return null;
  }
}
