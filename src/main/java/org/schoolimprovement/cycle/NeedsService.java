package org.schoolimprovement.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolimprovement.system.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 2: the data pack and the needs analysis with its priorities. */
@Service
public class NeedsService {

  private final DataPackRepository dataPacks;
  private final NeedsAnalysisRepository analyses;
  private final CycleService cycles;
  private final ApplicationEventPublisher events;

  NeedsService(DataPackRepository dataPacks, NeedsAnalysisRepository analyses, CycleService cycles,
      ApplicationEventPublisher events) {
    this.dataPacks = dataPacks;
    this.analyses = analyses;
    this.cycles = cycles;
    this.events = events;
  }

  @Transactional
  public Long provideDataPack(Long cycleId, String attainmentSummary, BigDecimal attendancePercent,
      BigDecimal persistentAbsencePercent, String disadvantagedGap, String link, String dataLead) {
    int version = dataPacks.findFirstByCycleIdOrderByVersionDesc(cycleId).map(pack -> pack.version() + 1).orElse(1);
    return dataPacks.save(new DataPack(cycleId, version, attainmentSummary, attendancePercent, persistentAbsencePercent,
        disadvantagedGap, link, dataLead, Clock.now())).id();
  }

  @Transactional
  public NeedsAnalysis analyse(Long cycleId, List<Priority> priorities, String partner) {
    if (priorities.size() < 3 || priorities.size() > 5) {
      throw new IllegalArgumentException("a needs analysis has 3 to 5 priorities, got " + priorities.size());
    }
    ImprovementCycle cycle = cycles.get(cycleId);
    int version = latest(cycleId).map(analysis -> analysis.version() + 1).orElse(1);
    NeedsAnalysis analysis = analyses.save(new NeedsAnalysis(cycleId, version, priorities, partner, Clock.now()));
    events.publishEvent(new PrioritiesAnalysed(cycle.urn(), cycle.academicYear(), optionsOf(analysis)));
    return analysis;
  }

  @Transactional(readOnly = true)
  public Optional<NeedsAnalysis> latest(Long cycleId) {
    return analyses.findFirstByCycleIdOrderByVersionDesc(cycleId);
  }

  /** The latest priorities as a form's select options ({@code valuesKey}): "1: Raise attainment in maths". */
  @Transactional(readOnly = true)
  public List<Map<String, String>> priorityOptions(Long cycleId) {
    return latest(cycleId).map(NeedsService::optionsOf).orElse(List.of());
  }

  /** As {@link #priorityOptions(Long)}, for the school's cycle of that year, in one query; none without a cycle. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> priorityOptions(String urn, String academicYear) {
    return analyses.findLatestOfCycle(urn, academicYear).map(NeedsService::optionsOf).orElse(List.of());
  }

  private static List<Map<String, String>> optionsOf(NeedsAnalysis analysis) {
    return analysis.priorities().stream()
        .map(priority -> Map.of("label", priority.number() + ": " + priority.title(), "value", String.valueOf(priority.number())))
        .toList();
  }
}
