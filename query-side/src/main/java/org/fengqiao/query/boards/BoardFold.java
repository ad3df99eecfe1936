package org.fengqiao.query.boards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.status.CaseStatusMachine;
import org.fengqiao.cases.supervision.SupervisionFeedbackGiven;
import org.fengqiao.cases.supervision.SupervisionFeedbackOverdue;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;

/**
 * Folds a batch of case events into the changes they make: the new state of each case they touch and, per counter
 * document, the amount to add to each counter. Pure and deterministic: it reads no clock and no database, so folding
 * the same events over the same case states always gives the same changes.
 *
 * <p>An event whose sequence number is not above the case's {@code lastSequence} has been counted before and changes
 * nothing. An event of a case whose intake was never seen is ignored: it can only come from a stream that does not
 * start at the beginning, and a reset replays from the beginning. Events that no board counts ({@link #counts}) are
 * not folded at all, so they cost neither a read nor a write of their case's document; counting such an event
 * twice would change nothing anyway.
 */
final class BoardFold {

    private final ZoneId zone;
    private final Map<String, BoardCase> cases;
    private final Set<String> changedCases = new LinkedHashSet<>();
    private final Map<String, Map<String, Long>> stock = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> flow = new LinkedHashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private int applied;

    /** @param cases the stored states of the cases of the batch, by case id; not modified */
    BoardFold(ZoneId zone, Map<String, BoardCase> cases) {
        this.zone = zone;
        this.cases = new LinkedHashMap<>(cases);
    }

    /** Whether a board counts anything for events of this type; the others need not be folded. */
    static boolean counts(CaseEvent event) {
        return event instanceof PetitionReceived || event instanceof DisputeReceived
                || event instanceof PetitionAccepted || event instanceof CaseAssigned || event instanceof MeetingHeld
                || event instanceof HandlingPlanAgreed || event instanceof MediationAgreementReached
                || event instanceof ReplyServed || event instanceof CaseEscalated || event instanceof RiskLevelChanged
                || event instanceof CaseClosed || event instanceof DeadlineSet || event instanceof DeadlineExtended
                || event instanceof DeadlineReminded || event instanceof DeadlineMet || event instanceof DeadlineMissed
                || event instanceof ReviewRequested || event instanceof CaseReassigned
                || event instanceof SupervisionOrdered || event instanceof SupervisionFeedbackGiven
                || event instanceof SupervisionFeedbackOverdue || event instanceof FollowUpRecorded
                || event instanceof CaseReopenedForRework;
    }

    /** Applies one event, given in the order of its case's stream; answers whether it changed anything. */
    boolean apply(CaseEvent event, long sequence) {
        String caseId = event.caseId().value();
        BoardCase current = cases.get(caseId);
        if (!counts(event) || current != null && sequence <= current.lastSequence()) {
            return false;
        }
        BoardCase next;
        if (event instanceof PetitionReceived received) {
            next = receive(current, received, CaseKind.PETITION, received.category(), received.jurisdiction(),
                    sequence, received.groupCase());
        } else if (event instanceof DisputeReceived received) {
            next = receive(current, received, CaseKind.DISPUTE, received.category(), received.jurisdiction(),
                    sequence, false);
        } else if (current == null) {
            return false;
        } else {
            next = change(current, event, sequence);
        }
        if (next == null) {
            return false;
        }
        cases.put(caseId, next);
        changedCases.add(caseId);
        applied++;
        return true;
    }

    private BoardCase receive(BoardCase current, CaseEvent intake, CaseKind kind, Category category,
            JurisdictionPath path, long sequence, boolean group) {
        if (current != null) {
            // a second intake of the same id cannot happen (the aggregate is created once); never count it twice
            return null;
        }
        LocalDate day = day(intake.occurredAt());
        BoardCase created = new BoardCase(intake.caseId().value(), path.subDistrict().value(), path.community().value(),
                path.grid().value(), kind, CaseStatusMachine.after(null, intake), category.code(), RiskLevel.LOW, false, day.toString(),
                true, sequence, false, List.of(), group);
        countOpen(created, 1);
        addFlow(created, day, FlowDocument.RECEIVED, 1);
        return created;
    }

    private BoardCase change(BoardCase current, CaseEvent event, long sequence) {
        CaseStatus status = CaseStatusMachine.after(current.status(), event);
        if (event instanceof CaseAssigned || event instanceof CaseReassigned) {
            return moveTo(current.handledAt(null), status, sequence);
        }
        if (event instanceof PetitionAccepted || event instanceof ReplyServed) {
            return moveTo(current, status, sequence);
        }
        if (event instanceof MeetingHeld meeting) {
            addFlow(current, day(meeting.occurredAt()), FlowDocument.MEETINGS + "." + meeting.type().name(), 1);
            return moveTo(current, status, sequence);
        }
        if (event instanceof HandlingPlanAgreed || event instanceof MediationAgreementReached) {
            addFlow(current, day(event.occurredAt()), FlowDocument.AGREEMENTS, 1);
            return moveTo(current, status, sequence);
        }
        if (event instanceof CaseEscalated escalated) {
            current = current.handledAt(causedByMiss(current, escalated, sequence)
                    ? current.handledLevel() == null ? escalated.fromLevel() : current.handledLevel() : null);
            if (current.escalated()) {
                return current.at(sequence);
            }
            if (current.open()) {
                addStock(current, StockDocument.ESCALATED, 1);
            }
            return current.escalated(sequence);
        }
        if (event instanceof RiskLevelChanged changed) {
            if (current.open()) {
                addStock(current, StockDocument.BY_RISK + "." + current.risk().name(), -1);
                addStock(current, StockDocument.BY_RISK + "." + changed.level().name(), 1);
            }
            return current.withRisk(changed.level(), sequence);
        }
        if (event instanceof CaseClosed closed) {
            return close(current, closed, sequence);
        }
        if (event instanceof FollowUpRecorded followUp) {
            LocalDate day = day(followUp.occurredAt());
            if (followUp.firstSinceClosure()) {
                addFlow(current, day, FlowDocument.FOLLOWED_UP, 1);
            }
            addFlow(current, day, FlowDocument.FOLLOW_UP_SATISFACTION + "." + followUp.satisfaction().name(), 1);
            return current.at(sequence);
        }
        if (event instanceof CaseReopenedForRework) {
            addFlow(current, day(event.occurredAt()), FlowDocument.REWORKED, 1);
        }
        if (event instanceof ReviewRequested || event instanceof CaseReopenedForRework) {
            current = current.handledAt(null);
            if (current.open()) {
                return moveTo(current, status, sequence);
            }
            BoardCase reopened = current.reopened(status, sequence);
            countOpen(reopened, 1);
            return reopened;
        }
        if (event instanceof DeadlineReminded reminded && reminded.limit().isPartiesWindow()
                || event instanceof DeadlineMissed partiesMissed && partiesMissed.limit().isPartiesWindow()) {
            // the parties' window for judicial confirmation is not the unit's to meet: no due-soon, no miss
            return current.at(sequence);
        }
        if (event instanceof DeadlineReminded reminded) {
            return dueSoon(current, with(current.dueSoon(), reminded.deadlineId()), current.pastDeadline(), sequence);
        }
        if (event instanceof DeadlineSet set) {
            return dueSoon(current, without(current.dueSoon(), set.replaces()), current.pastDeadline(), sequence);
        }
        if (event instanceof DeadlineExtended extended) {
            return dueSoon(current, without(current.dueSoon(), extended.replaces()), current.pastDeadline(), sequence);
        }
        if (event instanceof DeadlineMet met) {
            return dueSoon(current, without(current.dueSoon(), met.deadlineId()), current.pastDeadline(), sequence);
        }
        if (event instanceof DeadlineMissed missed) {
            boolean past = current.pastDeadline() || missed.limit() != TimeLimit.CHECK_IN;
            BoardCase next = dueSoon(current, without(current.dueSoon(), missed.deadlineId()), past, sequence);
            return missed.limit() == TimeLimit.CHECK_IN ? next : next.missedAt(sequence);
        }
        if (event instanceof SupervisionOrdered ordered) {
            return ordered(current, ordered, sequence);
        }
        if (event instanceof SupervisionFeedbackOverdue overdue) {
            if (!current.orders().containsKey(overdue.orderId())
                    || current.overdueOrders().contains(overdue.orderId())) {
                return current.at(sequence);
            }
            if (current.open()) {
                addStock(current, StockDocument.FEEDBACK_OVERDUE, 1);
            }
            return current.withOrders(current.orders(), with(current.overdueOrders(), overdue.orderId()), sequence);
        }
        if (event instanceof SupervisionFeedbackGiven given) {
            return answered(current, given.orderId(), sequence);
        }
        throw new IllegalArgumentException("not a counted event: " + event.getClass().getSimpleName());
    }

    /**
     * Whether an escalation was the one a missed limit caused before misses were chased by supervision: the system's,
     * right after the miss in the case's stream. Such escalations do not count for the level a case was resolved at.
     */
    private static boolean causedByMiss(BoardCase current, CaseEscalated escalated, long sequence) {
        return current.missSequence() >= 0 && sequence == current.missSequence() + 1
                && Actor.SYSTEM.equals(escalated.actor());
    }

    private BoardCase ordered(BoardCase current, SupervisionOrdered ordered, long sequence) {
        String unit = ordered.unit() == null ? BoardCase.NO_UNIT : ordered.unit().value();
        if (current.orders().containsKey(ordered.orderId())) {
            return current.at(sequence);
        }
        if (current.open()) {
            addStock(current, StockDocument.SUPERVISION_ORDERS, 1);
            addStock(current, StockDocument.SUPERVISION_ORDERS_BY_UNIT + "." + unit, 1);
        }
        Map<String, String> orders = new LinkedHashMap<>(current.orders());
        orders.put(ordered.orderId(), unit);
        return current.withOrders(orders, current.overdueOrders(), sequence);
    }

    private BoardCase answered(BoardCase current, String orderId, long sequence) {
        String unit = current.orders().get(orderId);
        if (unit == null) {
            return current.at(sequence);
        }
        boolean overdue = current.overdueOrders().contains(orderId);
        if (current.open()) {
            addStock(current, StockDocument.SUPERVISION_ORDERS, -1);
            addStock(current, StockDocument.SUPERVISION_ORDERS_BY_UNIT + "." + unit, -1);
            if (overdue) {
                addStock(current, StockDocument.FEEDBACK_OVERDUE, -1);
            }
        }
        Map<String, String> orders = new LinkedHashMap<>(current.orders());
        orders.remove(orderId);
        return current.withOrders(orders, without(current.overdueOrders(), orderId), sequence);
    }

    /** Moves an open case into or out of the due-soon and past-deadline counters. */
    private BoardCase dueSoon(BoardCase current, List<String> soon, boolean past, long sequence) {
        if (current.open()) {
            boolean wasSoon = !current.dueSoon().isEmpty();
            boolean isSoon = !soon.isEmpty();
            if (wasSoon != isSoon) {
                addStock(current, StockDocument.DUE_SOON, isSoon ? 1 : -1);
            }
            if (past && !current.pastDeadline()) {
                addStock(current, StockDocument.PAST_DEADLINE, 1);
            }
        }
        return current.withDeadlines(past, soon, sequence);
    }

    private static List<String> with(List<String> ids, String id) {
        if (ids.contains(id)) {
            return ids;
        }
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }

    private static List<String> without(List<String> ids, String id) {
        return id == null || !ids.contains(id) ? ids : ids.stream().filter(other -> !other.equals(id)).toList();
    }

    private BoardCase close(BoardCase current, CaseClosed closed, long sequence) {
        if (!current.open()) {
            return current.at(sequence);
        }
        countOpen(current, -1);
        LocalDate day = day(closed.occurredAt());
        addFlow(current, day, FlowDocument.CLOSED, 1);
        addFlow(current, day, FlowDocument.CLOSED_BY_OUTCOME + "." + closed.outcome().name(), 1);
        Level resolvedAt = current.handledLevel() != null ? current.handledLevel() : closed.resolutionLevel();
        if (closed.outcome() == Outcome.RESOLVED && resolvedAt != null) {
            addFlow(current, day, FlowDocument.RESOLVED_AT + "." + resolvedAt.name(), 1);
        }
        if (closed.satisfaction() != null) {
            addFlow(current, day, FlowDocument.SATISFACTION + "." + closed.satisfaction().name(), 1);
        }
        if (closed.outcome().followedUp()) {
            addFlow(current, day, FlowDocument.FOLLOW_UPS_DUE, 1);
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(current.receivedDay()), day));
        addFlow(current, day, FlowDocument.DAYS_TO_CLOSE + "." + days, 1);
        return current.withStatus(CaseStatusMachine.after(current.status(), closed), sequence);
    }

    private BoardCase moveTo(BoardCase current, CaseStatus status, long sequence) {
        if (current.open() && current.status() != status) {
            addStock(current, StockDocument.BY_STATUS + "." + current.status().name(), -1);
            addStock(current, StockDocument.BY_STATUS + "." + status.name(), 1);
        }
        return current.withStatus(status, sequence);
    }

    /** Adds ({@code sign} 1) or removes ({@code sign} -1) every open counter the case counts in. */
    private void countOpen(BoardCase c, int sign) {
        addStock(c, StockDocument.OPEN, sign);
        addStock(c, StockDocument.BY_STATUS + "." + c.status().name(), sign);
        addStock(c, StockDocument.BY_KIND + "." + c.kind().name(), sign);
        addStock(c, StockDocument.BY_CATEGORY + "." + c.category(), sign);
        addStock(c, StockDocument.BY_RISK + "." + c.risk().name(), sign);
        if (c.escalated()) {
            addStock(c, StockDocument.ESCALATED, sign);
        }
        if (c.pastDeadline()) {
            addStock(c, StockDocument.PAST_DEADLINE, sign);
        }
        if (!c.dueSoon().isEmpty()) {
            addStock(c, StockDocument.DUE_SOON, sign);
        }
        if (c.group()) {
            addStock(c, StockDocument.GROUP_CASES, sign);
        }
        if (!c.orders().isEmpty()) {
            addStock(c, StockDocument.SUPERVISION_ORDERS, sign * (long) c.orders().size());
            c.orders().values().forEach(unit -> addStock(c, StockDocument.SUPERVISION_ORDERS_BY_UNIT + "." + unit,
                    sign));
        }
        if (!c.overdueOrders().isEmpty()) {
            addStock(c, StockDocument.FEEDBACK_OVERDUE, sign * (long) c.overdueOrders().size());
        }
    }

    private void addStock(BoardCase c, String path, long delta) {
        touched.addAll(c.nodes());
        add(stock, c.subDistrict(), CounterLayout.own(path), delta);
        add(stock, c.subDistrict(), CounterLayout.child(c.community(), path), delta);
        add(stock, c.community(), CounterLayout.own(path), delta);
        add(stock, c.community(), CounterLayout.child(c.grid(), path), delta);
    }

    private void addFlow(BoardCase c, LocalDate day, String path, long delta) {
        touched.addAll(c.nodes());
        String subDistrictDay = CounterLayout.flowId(c.subDistrict(), day);
        String communityDay = CounterLayout.flowId(c.community(), day);
        add(flow, subDistrictDay, CounterLayout.own(path), delta);
        add(flow, subDistrictDay, CounterLayout.child(c.community(), path), delta);
        add(flow, communityDay, CounterLayout.own(path), delta);
        add(flow, communityDay, CounterLayout.child(c.grid(), path), delta);
    }

    private static void add(Map<String, Map<String, Long>> deltas, String id, String path, long delta) {
        deltas.computeIfAbsent(id, key -> new LinkedHashMap<>()).merge(path, delta, Long::sum);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** How many events changed something. */
    int applied() {
        return applied;
    }

    /** The new states of the cases that changed. */
    Collection<BoardCase> changedCases() {
        return changedCases.stream().map(cases::get).toList();
    }

    /** Per stock document ({@code _id} = node), the amounts to add per counter path; see {@link CounterLayout}. */
    Map<String, Map<String, Long>> stockDeltas() {
        return stock;
    }

    /** Per flow document ({@code _id} = node|day), the amounts to add per counter path; see {@link CounterLayout}. */
    Map<String, Map<String, Long>> flowDeltas() {
        return flow;
    }

    /** The nodes whose figures may have changed. */
    Set<String> touchedNodes() {
        return touched;
    }
}
