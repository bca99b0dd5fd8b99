package org.schoolimprovement.cycle;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.schoolimprovement.cycle.FormFields.MAX_DEPLOYMENTS;
import static org.schoolimprovement.cycle.FormFields.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.DecisionResults;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Grants;
import org.springframework.stereotype.Component;

/** Step 4, deploy support: the package, the CEO's intensive decision, brokering and each deployment. */
final class SupportStep {

  enum DeploymentAnswer { ACCEPT, DECLINE }

  private static final BigDecimal MAX_DAYS_PER_DEPLOYMENT = BigDecimal.valueOf(50);

  private SupportStep() {
  }

  /** Keeps the support-package table's answer as variables, records it, and lists the SLEs for brokering. */
  @Component("supportDetermined")
  static class SupportDetermined implements ExecutionListener {

    private final SupportService support;
    private final IdentityService identityService;
    private final ObjectMapper json;

    SupportDetermined(SupportService support, IdentityService identityService, ObjectMapper json) {
      this.support = support;
      this.identityService = identityService;
      this.json = json;
    }

    @Override
    public void notify(DelegateExecution execution) throws JsonProcessingException {
      Map<String, Object> result = DecisionResults.singleResultOf(execution);
      result.forEach(execution::setVariable);
      support.recordPackage((Long) execution.getVariable("cycleId"), (String) result.get("supportLevel"),
          ((Number) result.get("sleDaysOffered")).intValue());
      List<Map<String, String>> sles = identityService.createUserQuery().memberOfGroup(TrustRole.SLE.groupId())
          .orderByUserLastName().asc().list().stream()
          .map(user -> Map.of("label", user.getFirstName() + " " + user.getLastName(), "value", user.getId()))
          .toList();
      execution.setVariable("sleOptions", Spin.JSON(json.writeValueAsString(sles)));
    }
  }

  @Component("intensiveSupportApproved")
  static class IntensiveSupportApproved implements TaskListener {

    private final SupportService support;
    private final Actors actors;

    IntensiveSupportApproved(SupportService support, Actors actors) {
      this.support = support;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      SupportPackage.IntensivePackage chosen = input.choice("intensivePackage", SupportPackage.IntensivePackage.class);
      String rationale = input.text("intensiveRationale", EvaluateStep.MIN_RATIONALE, FormInput.LONG_TEXT);
      support.approveIntensive((Long) task.getVariable("cycleId"), chosen, rationale, actors.of(task));
    }
  }

  @Component("supportBrokered")
  static class SupportBrokered implements TaskListener {

    private final SupportService support;
    private final IdentityService identityService;
    private final Actors actors;
    private final Grants grants;

    SupportBrokered(SupportService support, IdentityService identityService, Actors actors, Grants grants) {
      this.support = support;
      this.identityService = identityService;
      this.actors = actors;
      this.grants = grants;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      List<SupportService.Brokered> brokered = new ArrayList<>();
      for (int number = 1; number <= MAX_DEPLOYMENTS; number++) {
        if (input.isBlank(deployment(number, "Sle")) && input.isBlank(deployment(number, "Focus"))) {
          continue;
        }
        String sle = input.text(deployment(number, "Sle"), 64);
        if (identityService.createUserQuery().userId(sle).memberOfGroup(TrustRole.SLE.groupId()).count() == 0) {
          throw FormInput.invalid(deployment(number, "Sle"), "'" + sle + "' is not a specialist leader of education");
        }
        brokered.add(new SupportService.Brokered(sle,
            input.integer(deployment(number, "Priority"), 1, priorities),
            input.number(deployment(number, "Days"), new BigDecimal("0.5"), MAX_DAYS_PER_DEPLOYMENT),
            input.text(deployment(number, "Focus"), 1000)));
      }
      support.broker((Long) task.getVariable("cycleId"), brokered, actors.of(task));
      // A specialist leader sees the schools of their deployments.
      brokered.forEach(deployment -> grants.toUser(deployment.sle(), PROCESS_INSTANCE, task.getProcessInstanceId(),
          Permissions.READ));
      task.setVariable("deploymentCount", brokered.size());
    }
  }

  /** Shows the specialist leader what the deployment is: task-local variables read by the form. */
  @Component("deploymentShown")
  static class DeploymentShown implements TaskListener {

    private final SupportService support;

    DeploymentShown(SupportService support) {
      this.support = support;
    }

    @Override
    public void notify(DelegateTask task) {
      SupportDeployment deployment = support.deployment((Long) task.getVariable("deploymentId"));
      task.setVariableLocal("deploymentPriorityTitle", task.getVariable("priority" + deployment.priorityNumber() + "Title"));
      task.setVariableLocal("deploymentDays", deployment.daysPlanned());
      task.setVariableLocal("deploymentFocus", deployment.focus());
      task.setVariableLocal("deploymentBrokeredBy", deployment.brokeredBy());
    }
  }

  /**
   * The SLE's answer. Deployments run in parallel, so the answer is kept on the deployment's own execution
   * and the form's fields are cleared, lest the next SLE's form open with this one's answers.
   */
  @Component("deploymentAnswered")
  static class DeploymentAnswered implements TaskListener {

    private final SupportService support;

    DeploymentAnswered(SupportService support) {
      this.support = support;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      boolean accepted = input.choice("deploymentDecision", DeploymentAnswer.class) == DeploymentAnswer.ACCEPT;
      String reason = accepted ? null : input.text("declineReason", FormInput.LONG_TEXT);
      support.answer((Long) task.getVariable("deploymentId"), accepted, reason);
      task.getExecution().setVariableLocal("deploymentAccepted", accepted);
      task.getExecution().removeVariables(List.of("deploymentDecision", "declineReason"));
    }
  }

  @Component("deploymentOutcomeLogged")
  static class DeploymentOutcomeLogged implements TaskListener {

    private final SupportService support;

    DeploymentOutcomeLogged(SupportService support) {
      this.support = support;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long deploymentId = (Long) task.getVariable("deploymentId");
      BigDecimal planned = support.daysPlanned(deploymentId);
      BigDecimal delivered = input.number("daysDelivered", BigDecimal.ZERO, planned.multiply(BigDecimal.valueOf(2)));
      support.logOutcome(deploymentId, delivered, input.text("impactNote", FormInput.LONG_TEXT));
      task.getExecution().removeVariables(List.of("daysDelivered", "impactNote"));
    }
  }
}
