package org.schoolimprovement.cycle;

import java.util.Map;
import java.util.Optional;
import org.schoolimprovement.school.OfstedArea;
import org.schoolimprovement.school.ReportCardGrade;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SelfAuditService {

  private final SelfAuditRepository audits;

  SelfAuditService(SelfAuditRepository audits) {
    this.audits = audits;
  }

  /** Stores a new version of the self-audit; earlier versions stay as they were. */
  @Transactional
  public SelfAudit submit(Long cycleId, Map<OfstedArea, ReportCardGrade> judgements, boolean safeguardingEffective,
      String strengths, String concerns, String head) {
    int version = latest(cycleId).map(audit -> audit.version() + 1).orElse(1);
    return audits.save(new SelfAudit(cycleId, version, judgements, safeguardingEffective, strengths, concerns, head,
        Clock.now()));
  }

  @Transactional(readOnly = true)
  public Optional<SelfAudit> latest(Long cycleId) {
    return audits.findFirstByCycleIdOrderByVersionDesc(cycleId);
  }
}
