package org.fengqiao.query.boards;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.common.RiskLevel;

/**
 * What the board projection remembers of one case (collection {@value #COLLECTION}, {@code _id} = case id): where it
 * lives and the attributes its open counters are keyed by, so that a later event can move the case from one counter
 * to another, and {@code lastSequence}, the sequence number of the last event of the case already counted (events that
 * no board counts, such as notes, are skipped without a write), which makes redelivered events no-ops.
 * {@code pastDeadline}: it missed a time limit; {@code dueSoon}: the ids of its running deadlines whose reminder came.
 * {@code group}: a group petition (absent in older documents: not one).
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
        boolean group) {

    static final String COLLECTION = "board_cases";

    BoardCase {
        dueSoon = dueSoon == null ? List.of() : List.copyOf(dueSoon);
    }

    /** The nodes whose counters the case counts in, from the grid up. */
    List<String> nodes() {
        return List.of(grid, community, subDistrict);
    }

    BoardCase withStatus(CaseStatus newStatus, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, newStatus, category, risk, escalated,
                receivedDay, open && newStatus != CaseStatus.CLOSED, sequence, pastDeadline, dueSoon, group);
    }

    /** Open again (a petition reopened for review), in {@code newStatus}. */
    BoardCase reopened(CaseStatus newStatus, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, newStatus, category, risk, escalated,
                receivedDay, true, sequence, false, List.of(), group);
    }

    BoardCase withRisk(RiskLevel newRisk, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, newRisk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group);
    }

    BoardCase escalated(long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, true,
                receivedDay, open, sequence, pastDeadline, dueSoon, group);
    }

    BoardCase at(long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, pastDeadline, dueSoon, group);
    }

    BoardCase withDeadlines(boolean missed, List<String> soon, long sequence) {
        return new BoardCase(caseId, subDistrict, community, grid, kind, status, category, risk, escalated,
                receivedDay, open, sequence, missed, soon, group);
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
                .append("group", group);
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
                document.getBoolean("group", false));
    }
}
