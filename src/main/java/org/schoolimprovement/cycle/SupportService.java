package org.schoolimprovement.cycle;

import java.math.BigDecimal;
import java.util.List;
import org.schoolimprovement.system.Clock;
import org.schoolimprovement.system.FormInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 4: the support package and the deployments of specialist leaders. */
@Service
public class SupportService {

  /** A deployment as the director brokers it. */
  public record Brokered(String sle, int priorityNumber, BigDecimal days, String focus) {
  }

  private final SupportPackageRepository packages;
  private final SupportDeploymentRepository deployments;

  SupportService(SupportPackageRepository packages, SupportDeploymentRepository deployments) {
    this.packages = packages;
    this.deployments = deployments;
  }

  @Transactional
  public void recordPackage(Long cycleId, String supportLevel, int sleDaysOffered) {
    packages.save(new SupportPackage(cycleId, supportLevel, sleDaysOffered, Clock.now()));
  }

  @Transactional
  public void approveIntensive(Long cycleId, SupportPackage.IntensivePackage intensivePackage, String rationale, String ceo) {
    currentPackage(cycleId).approveIntensive(intensivePackage, rationale, ceo, Clock.now());
  }

  @Transactional
  public void broker(Long cycleId, List<Brokered> brokered, String director) {
    BigDecimal total = brokered.stream().map(Brokered::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    int offered = currentPackage(cycleId).sleDaysOffered();
    if (total.compareTo(BigDecimal.valueOf(offered)) > 0) {
      throw FormInput.invalid("deployment1Days", "the deployments add up to " + total.toPlainString()
          + " days, but the school's support package offers " + offered);
    }
    brokered.forEach(deployment -> deployments.save(new SupportDeployment(cycleId, deployment.sle(),
        deployment.priorityNumber(), deployment.focus(), deployment.days(), director, Clock.now())));
  }

  /** The deployments still waiting for their specialist leader: the collection of the deployment sub-process. */
  @Transactional(readOnly = true)
  public List<Long> brokeredIds(Long cycleId) {
    return deployments.findBrokeredIds(cycleId);
  }

  @Transactional(readOnly = true)
  public String sleOf(Long deploymentId) {
    return deployment(deploymentId).sle();
  }

  @Transactional
  public void answer(Long deploymentId, boolean accepted, String declineReason) {
    SupportDeployment deployment = deployment(deploymentId);
    if (accepted) {
      deployment.accept(Clock.now());
    } else {
      deployment.decline(declineReason, Clock.now());
    }
  }

  @Transactional
  public void logOutcome(Long deploymentId, BigDecimal daysDelivered, String impactNote) {
    deployment(deploymentId).complete(daysDelivered, impactNote, Clock.now());
  }

  @Transactional(readOnly = true)
  public BigDecimal daysPlanned(Long deploymentId) {
    return deployment(deploymentId).daysPlanned();
  }

  @Transactional(readOnly = true)
  public List<SupportDeployment> deployments(Long cycleId) {
    return deployments.findByCycleIdOrderById(cycleId);
  }

  private SupportPackage currentPackage(Long cycleId) {
    return packages.findFirstByCycleIdOrderByIdDesc(cycleId)
        .orElseThrow(() -> new IllegalStateException("cycle " + cycleId + " has no support package yet"));
  }

  @Transactional(readOnly = true)
  public SupportDeployment deployment(Long deploymentId) {
    return deployments.findById(deploymentId)
        .orElseThrow(() -> new IllegalArgumentException("no support deployment " + deploymentId));
  }
}
