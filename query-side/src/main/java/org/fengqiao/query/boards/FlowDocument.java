package org.fengqiao.query.boards;

import java.util.Map;
import org.bson.Document;

/**
 * What happened in one node's subtree on one calendar day, each event counted on the day of its business time: cases
 * received and closed, closures by outcome, resolved cases by the level they were resolved at, satisfaction given at
 * closure, meetings by type, agreements reached, and a histogram of the calendar days the cases closed that day took
 * (days to count), from which the median over any window follows exactly; and after closure, the closures that call
 * for a follow-up, the closures followed up for the first time, the follow-ups by the satisfaction they found, and
 * the cases reopened for rework.
 *
 * <p>Stored in collection {@value #COLLECTION} inside the day document of the node or of its parent ({@code _id} =
 * {@code node|yyyy-MM-dd}), as laid out by {@link CounterLayout}; a day with nothing in it has no document:
 * <pre>
 * { _id: "SH-FL|2026-07-02", node: "SH-FL", day: "2026-07-02",
 *   own:      { received: 3, closed: 2, closedByOutcome: {RESOLVED: 1, WITHDRAWN: 1}, resolvedAt: {COMMUNITY: 1},
 *               satisfaction: {SATISFIED: 1}, meetings: {MEDIATION_SESSION: 2}, agreements: 1,
 *               daysToClose: {"5": 1, "12": 1} },
 *   children: { "SH-FL-G03": { received: 1, ... }, ... } }
 * </pre>
 */
record FlowDocument(
        long received,
        long closed,
        Map<String, Long> closedByOutcome,
        Map<String, Long> resolvedAt,
        Map<String, Long> satisfaction,
        Map<String, Long> meetings,
        long agreements,
        Map<String, Long> daysToClose,
        long followUpsDue,
        long followedUp,
        Map<String, Long> followUpSatisfaction,
        long reworked) {

    static final String COLLECTION = "board_flow";

    static final String RECEIVED = "received";
    static final String CLOSED = "closed";
    static final String CLOSED_BY_OUTCOME = "closedByOutcome";
    static final String RESOLVED_AT = "resolvedAt";
    static final String SATISFACTION = "satisfaction";
    static final String MEETINGS = "meetings";
    static final String AGREEMENTS = "agreements";
    static final String DAYS_TO_CLOSE = "daysToClose";
    static final String FOLLOW_UPS_DUE = "followUpsDue";
    static final String FOLLOWED_UP = "followedUp";
    static final String FOLLOW_UP_SATISFACTION = "followUpSatisfaction";
    static final String REWORKED = "reworked";

    /** The counters of a node on one day from their sub-document; all zero when there is none. */
    static FlowDocument from(Document counters) {
        Document c = counters == null ? new Document() : counters;
        return new FlowDocument(
                Counters.number(c.get(RECEIVED)),
                Counters.number(c.get(CLOSED)),
                Counters.map(c, CLOSED_BY_OUTCOME),
                Counters.map(c, RESOLVED_AT),
                Counters.map(c, SATISFACTION),
                Counters.map(c, MEETINGS),
                Counters.number(c.get(AGREEMENTS)),
                Counters.map(c, DAYS_TO_CLOSE),
                Counters.number(c.get(FOLLOW_UPS_DUE)),
                Counters.number(c.get(FOLLOWED_UP)),
                Counters.map(c, FOLLOW_UP_SATISFACTION),
                Counters.number(c.get(REWORKED)));
    }
}
