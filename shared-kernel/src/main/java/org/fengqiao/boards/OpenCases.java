package org.fengqiao.boards;

import java.util.Map;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;

/**
 * The cases of a node that are open now, whatever the window: their {@code total} and the same cases split by status,
 * kind, category and risk level (every status, kind and risk level present; categories only when they have cases,
 * keyed by category code).
 *
 * <p>{@code overdue}: open cases that missed a time limit, the meaning "overdue" has in the case view; the same count
 * as {@code pastDeadline}, under the name the first boards gave it (it no longer counts cases by age).
 * {@code escalated}: open cases that have been escalated at least once.
 *
 * <p>From the cases' own deadlines: {@code pastDeadline}, open cases that missed a time limit (acceptance, handling,
 * review or re-review; they stay counted until they close); {@code dueSoon}, open cases with a running limit whose
 * reminder has come (by default 3 days before it is due); {@code highRisk}, open cases at HIGH or CRITICAL risk.
 * {@code groupCases}: open group petitions (联名 / 集体访, five people or more; {@code GroupPetitions}).
 *
 * <p>Supervision (督办) of the open cases: {@code supervisionOrders}, the orders still waiting for the unit's written
 * feedback, and the same by unit ({@code supervisionOrdersByUnit}, keyed by unit code, {@code NONE} for an order to
 * a case assigned to no unit); {@code feedbackOverdue}, those of them whose feedback is past its due time.
 */
public record OpenCases(
        long total,
        Map<CaseStatus, Long> byStatus,
        Map<CaseKind, Long> byKind,
        Map<String, Long> byCategory,
        Map<RiskLevel, Long> byRisk,
        long overdue,
        long escalated,
        long pastDeadline,
        long dueSoon,
        long highRisk,
        long groupCases,
        long supervisionOrders,
        Map<String, Long> supervisionOrdersByUnit,
        long feedbackOverdue) {

    public OpenCases {
        supervisionOrdersByUnit = BoardMaps.copy(supervisionOrdersByUnit);
        byStatus = BoardMaps.copy(byStatus);
        byKind = BoardMaps.copy(byKind);
        byCategory = BoardMaps.copy(byCategory);
        byRisk = BoardMaps.copy(byRisk);
    }
}
