package org.fengqiao.query.boards;

import java.util.Map;
import org.bson.Document;

/**
 * The cases open now in one node's subtree: their number, the same cases by status, kind, category and risk level,
 * how many of them were escalated, missed a deadline ({@code pastDeadline}) or have one due soon ({@code dueSoon}),
 * how many are group petitions ({@code groupCases}),
 * and their open supervision orders ({@code supervisionOrders}, by unit, and those with overdue feedback).
 *
 * <p>Stored in collection {@value #COLLECTION} inside the document of the node or of its parent, as laid out by
 * {@link CounterLayout}:
 * <pre>
 * { _id: "SH-FL",
 *   own:      { open: 12, byStatus: {RECEIVED: 3, ASSIGNED: 9}, byKind: {DISPUTE: 12}, byCategory: {PROPERTY: 12},
 *               byRisk: {LOW: 11, HIGH: 1}, escalated: 1, pastDeadline: 1, dueSoon: 2 },
 *   children: { "SH-FL-G01": { open: 5, ... }, "SH-FL-G03": { open: 7, ... } } }
 * </pre>
 */
record StockDocument(
        long open,
        Map<String, Long> byStatus,
        Map<String, Long> byKind,
        Map<String, Long> byCategory,
        Map<String, Long> byRisk,
        long escalated,
        long pastDeadline,
        long dueSoon,
        long groupCases,
        long supervisionOrders,
        Map<String, Long> supervisionOrdersByUnit,
        long feedbackOverdue) {

    static final String COLLECTION = "board_stock";

    static final String OPEN = "open";
    static final String BY_STATUS = "byStatus";
    static final String BY_KIND = "byKind";
    static final String BY_CATEGORY = "byCategory";
    static final String BY_RISK = "byRisk";
    static final String ESCALATED = "escalated";
    static final String PAST_DEADLINE = "pastDeadline";
    static final String DUE_SOON = "dueSoon";
    static final String GROUP_CASES = "groupCases";
    static final String SUPERVISION_ORDERS = "supervisionOrders";
    static final String SUPERVISION_ORDERS_BY_UNIT = "supervisionOrdersByUnit";
    static final String FEEDBACK_OVERDUE = "feedbackOverdue";

    /** The counters of a node from their sub-document; all zero when there is none. */
    static StockDocument from(Document counters) {
        Document c = counters == null ? new Document() : counters;
        return new StockDocument(
                Counters.number(c.get(OPEN)),
                Counters.map(c, BY_STATUS),
                Counters.map(c, BY_KIND),
                Counters.map(c, BY_CATEGORY),
                Counters.map(c, BY_RISK),
                Counters.number(c.get(ESCALATED)),
                Counters.number(c.get(PAST_DEADLINE)),
                Counters.number(c.get(DUE_SOON)),
                Counters.number(c.get(GROUP_CASES)),
                Counters.number(c.get(SUPERVISION_ORDERS)),
                Counters.map(c, SUPERVISION_ORDERS_BY_UNIT),
                Counters.number(c.get(FEEDBACK_OVERDUE)));
    }
}
