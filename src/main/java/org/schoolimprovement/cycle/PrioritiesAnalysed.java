package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Map;

/**
 * A school's needs analysis was recorded, in the transaction that records it: its priorities for the year, as a
 * form's select options ({@link NeedsService#priorityOptions}), for steps elsewhere that offer them.
 */
public record PrioritiesAnalysed(String urn, String academicYear, List<Map<String, String>> options) {
}
