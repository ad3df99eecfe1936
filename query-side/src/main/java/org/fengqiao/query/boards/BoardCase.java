package org.fengqiao.query.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;

/**
 * What the board projection remembers of one case (collection {@value #COLLECTION}, {@code _id} = case id): where it
 * lives and the attributes its open counters are keyed by, so that a later event can move the case from one counter
 * to another, and {@code lastSequence}, the sequence number of the last event of the case already counted (events that
 * no board counts, such as notes, are skipped without a write), which makes redelivered events no-ops.
 * {@code pastDeadline}: it missed a time limit; {@code dueSoon}: the ids of its running deadlines whose reminder came.
 * {@code group}: a group petition (absent in older documents: not one).
 * {@code missSequence}: the sequence of its last missed limit other than a check-in (-1: none); {@code handledLevel}:
 * the level it was handled at below escalations that a miss caused (stored histories from before misses were chased
 * by supervision), which its resolution counts at; {@code orders}: its open supervision orders (order id to unit code,
 * {@value #NO_UNIT} for none) and {@code overdueOrders} those whose feedback is overdue.
 */
record BoardCase(
        String caseId,
        String subDistrict,
        String community,
        String grid,
        CaseKind kind,
        CaseStatus status,
        String category,
        RiskLevel risk,
        boolean escalated,
        String receivedDay,
        boolean open,
        long lastSequence,
        boolean pastDeadline,
        List<String> dueSoon,
        boolean group,
        long missSequence,
        Level handledLevel,
        Map<String, String> orders,
        List<String> overdueOrders) {

    static final String COLLECTION = "board_cases";
    /** The unit key of a supervision order to no unit (the case was assigned to none: the receiving office). */
    static final String NO_UNIT = "NONE";

    BoardCase {
        dueSoon = dueSoon == null ? List.of() : List.copyOf(dueSoon);
        orders = orders == null ? Map.of() : Map.copyOf(orders);
        overdueOrders = overdueOrders == null ? List.of() : List.copyOf(overdueOrders);
    }

    /** A case just received: nothing missed, no supervision order. */
    BoardCase(String caseId, String subDistrict, String community, String grid, CaseKind kind, CaseStatus status,
            String category, RiskLevel risk, boolean escalated, String receivedDay, boolean open, long lastSequence,
            boolean pastDeadline, List<String> dueSoon, boolean group) {
        this(caseId, subDistrict, community, grid, kind, status, category, risk, escalated, receivedDay, open,
                lastSequence, pastDeadline, dueSoon, group, -1, null, Map.of(), List.of());
    }

    /** The nodes whose counters the case counts in, from the grid up. */
    List<String> nodes() {
        return List.of(grid, community, subDistrict);
    }

    BoardCase withStatus(CaseStatus newStatus, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, newStatus, category, risk, escalated,
                receivedDay, open && newStatus != CaseStatus.CLOSED, sequence, pastDeadline, dueSoon, group, missSequence,
                handledLevel, orders, overdueOrders);
    }

    /** Open again (a petition reopened for review), in {@code newStatus}. */
    BoardCase reopened(CaseStatus newStatus, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, newStatus, category, risk, escalated,
                receivedDay, true, sequence, false, List.of(), group, missSequence, handledLevel, orders, overdueOrders);
    }

    BoardCase withRisk(RiskLevel newRisk, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, newRisk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group, missSequence, handledLevel, orders, overdueOrders);
    }

    BoardCase escalated(long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, true,
                receivedDay, open, sequence, pastDeadline, dueSoon, group, missSequence, handledLevel, orders, overdueOrders);
    }

    BoardCase at(long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group, missSequence, handledLevel, orders, overdueOrders);
    }

    BoardCase withDeadlines(boolean missed, List<String> soon, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, missed, soon, group, missSequence, handledLevel, orders, overdueOrders);
    }

    /** The sequence of its last missed limit (not a check-in), so that an escalation right after it is known. */
    BoardCase missedAt(long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group, sequence, handledLevel, orders, overdueOrders);
    }

    /** The level it was really handled at while escalations a miss caused stand above it; {@code null}: none. */
    BoardCase handledAt(Level level) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, lastSequence, pastDeadline, dueSoon, group, missSequence, level, orders, overdueOrders);
    }

    /** Its open supervision orders (order id to unit key) and those whose feedback is overdue. */
    BoardCase withOrders(Map<String, String> openOrders, List<String> overdue, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group, missSequence, handledLevel, openOrders, overdue);
    }

    Document toDocument() {
        return new Document("_id", caseId)
                .append("subDistrict", subDistrict)
                .append("community", community)
                .append("grid", grid)
                .append("kind", kind.name())
                .append("status", status.name())
                .append("category", category)
                .append("risk", risk.name())
                .append("escalated", escalated)
                .append("receivedDay", receivedDay)
                .append("open", open)
                .append("lastSequence", lastSequence)
                .append("pastDeadline", pastDeadline)
                .append("dueSoon", new ArrayList<>(dueSoon))
                .append("group", group)
                .append("missSequence", missSequence)
                .append("handledLevel", handledLevel == null ? null : handledLevel.name())
                .append("orders", new Document(new LinkedHashMap<String, Object>(orders)))
                .append("overdueOrders", new ArrayList<>(overdueOrders));
    }

    static BoardCase from(Document document) {
        return new BoardCase(
                document.getString("_id"),
                document.getString("subDistrict"),
                document.getString("community"),
                document.getString("grid"),
                CaseKind.valueOf(document.getString("kind")),
                CaseStatus.valueOf(document.getString("status")),
                document.getString("category"),
                RiskLevel.valueOf(document.getString("risk")),
                document.getBoolean("escalated", false),
                document.getString("receivedDay"),
                document.getBoolean("open", false),
                ((Number) document.get("lastSequence")).longValue(),
                document.getBoolean("pastDeadline", false),
                document.getList("dueSoon", String.class, List.of()),
                document.getBoolean("group", false),
                document.get("missSequence") instanceof Number n ? n.longValue() : -1,
                document.getString("handledLevel") == null ? null : Level.valueOf(document.getString("handledLevel")),
                orders(document.get("orders", Document.class)),
                document.getList("overdueOrders", String.class, List.of()));
    }

    private static Map<String, String> orders(Document stored) {
        Map<String, String> orders = new LinkedHashMap<>();
        if (stored != null) {
            stored.forEach((id, unit) -> orders.put(id, String.valueOf(unit)));
        }
        return orders;
    }
}
