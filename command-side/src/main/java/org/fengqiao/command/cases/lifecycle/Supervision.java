package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.supervision.GiveSupervisionFeedback;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.SupervisionFeedbackGiven;
import org.fengqiao.cases.supervision.SupervisionFeedbackOverdue;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.supervision.UrgeCase;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.SupervisionDue;
import org.fengqiao.command.timelimits.SupervisionSettings;
import org.fengqiao.command.timelimits.TimeLimitPolicy;

/**
 * How a case is chased (催办, 督办) instead of being moved up when a limit is missed: the urgings issued, the missed
 * limits whose grace runs (a supervision order follows if their work is still not done), and the supervision orders
 * with their feedback due time and whether the feedback came. It decides (returns the events to apply) and follows
 * the events ({@link #evolve}); the case's level is not its business: escalation stays an explicit decision.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Supervision {

    /** A missed limit that was urged: which limit, and when its grace ends. */
    record Grace(TimeLimit limit, Instant superviseAt) {
    }

    /** A supervision order: to whom, when its feedback is due, whether it is listed, overdue or answered. */
    record Order(UnitCode unit, Instant feedbackDue, boolean listed, boolean overdue, boolean answered) {

        Order overdueNow() {
            return new Order(unit, feedbackDue, listed, true, answered);
        }

        Order answeredNow() {
            return new Order(unit, feedbackDue, listed, overdue, true);
        }
    }

    private int urgings;
    /** By the missed deadline's id. */
    private Map<String, Grace> graces = new LinkedHashMap<>();
    /** By order id, every order the case had. */
    private Map<String, Order> orders = new LinkedHashMap<>();

    /**
     * A limit other than the high-risk protocol's own (check-in, naming the leader) or the parties' window was missed:
     * the responsible unit is urged, and its grace begins.
     */
    List<CaseEvent> missed(CaseId id, DeadlineMissed missed, UnitCode unit, TimeLimitPolicy policy,
            SupervisionSettings settings) {
        if (missed.limit() == TimeLimit.CHECK_IN || missed.limit() == TimeLimit.RISK_LEADER
                || missed.limit().isPartiesWindow()) {
            return List.of();
        }
        LimitEnd grace = settings.superviseAt(policy, missed.dueAt());
        return List.of(new UrgingIssued(id, nextUrging(), missed.deadlineId(), missed.limit(), unit, null,
                grace.dueAt(), missed.dueAt(), Actor.SYSTEM));
    }

    /** A supervisor urges the responsible unit by hand, in words. */
    List<CaseEvent> urge(CaseId id, UrgeCase command, UnitCode unit) {
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        return List.of(new UrgingIssued(id, nextUrging(), null, null, unit, command.text(), null,
                command.occurredAt(), command.actor()));
    }

    /**
     * The grace of an urged limit ended: when its work is still not done ({@code fulfilled} says whether it is), the
     * level above the case orders supervision. Nothing for a grace that no longer runs.
     */
    List<CaseEvent> graceOver(CaseId id, SupervisionDue due, UnitCode unit, Level level,
            Predicate<TimeLimit> fulfilled, TimeLimitPolicy policy, SupervisionSettings settings) {
        Grace grace = graces.get(due.id());
        if (grace == null || fulfilled.test(grace.limit())) {
            return List.of();
        }
        LimitEnd feedback = settings.feedbackDue(policy, grace.superviseAt());
        return List.of(new SupervisionOrdered(id, nextOrder(), due.id(), grace.limit(), unit, level.next(), false,
                null, feedback.dueAt(), feedback.calendarDegraded(), grace.superviseAt(), Actor.SYSTEM));
    }

    /**
     * A supervisor lists the case for supervision (挂牌督办): one listed order open at a time. An order of another
     * system ({@code orderedBy}, the 12345 hotline's 督办) is not a listing: it is ordered whatever else is open, by
     * the highest level known here.
     */
    List<CaseEvent> order(CaseId id, OrderSupervision command, UnitCode unit, Level level, TimeLimitPolicy policy,
            SupervisionSettings settings) {
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        boolean listed = command.orderedBy() == null;
        if (listed && orders.values().stream().anyMatch(order -> order.listed() && !order.answered())) {
            throw new CaseRuleViolation(CaseRule.SUPERVISION_ALREADY_LISTED);
        }
        Instant feedbackDue = command.feedbackBy();
        boolean degraded = false;
        if (feedbackDue == null) {
            LimitEnd feedback = settings.feedbackDue(policy, command.occurredAt());
            feedbackDue = feedback.dueAt();
            degraded = feedback.calendarDegraded();
        } else if (!feedbackDue.isAfter(command.occurredAt())) {
            throw new CaseRuleViolation(CaseRule.FEEDBACK_BY_NOT_AHEAD);
        }
        return List.of(new SupervisionOrdered(id, nextOrder(), null, null, unit,
                listed ? level.next() : Level.DISTRICT, listed, command.text(), feedbackDue, degraded,
                command.occurredAt(), command.actor(), command.orderedBy()));
    }

    /** The unit's written feedback on an order, once; late when it comes after the order's due time. */
    List<CaseEvent> feedback(CaseId id, GiveSupervisionFeedback command) {
        Order order = command.orderId() == null ? null : orders.get(command.orderId());
        if (order == null) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_SUPERVISION_ORDER);
        }
        if (order.answered()) {
            throw new CaseRuleViolation(CaseRule.FEEDBACK_ALREADY_GIVEN);
        }
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        return List.of(new SupervisionFeedbackGiven(id, command.orderId(), order.unit(), command.text(),
                command.occurredAt().isAfter(order.feedbackDue()), command.occurredAt(), command.actor()));
    }

    /** An order's feedback due time came: overdue once, unless the feedback came first. */
    List<CaseEvent> feedbackDue(CaseId id, SupervisionDue due) {
        Order order = orders.get(due.id());
        if (order == null || order.answered() || order.overdue()) {
            return List.of();
        }
        return List.of(new SupervisionFeedbackOverdue(id, due.id(), order.unit(), order.feedbackDue(),
                order.feedbackDue(), Actor.SYSTEM));
    }

    /** Schedules the end of an urging's grace and an order's feedback due time; nothing for other events. */
    static void schedule(CaseEvent event, DeadlineManager deadlineManager) {
        if (event instanceof UrgingIssued urging && urging.superviseAt() != null) {
            deadlineManager.schedule(urging.superviseAt(), SupervisionDue.DEADLINE_NAME,
                    new SupervisionDue(urging.deadlineId(), false));
        } else if (event instanceof SupervisionOrdered ordered) {
            deadlineManager.schedule(ordered.feedbackDue(), SupervisionDue.DEADLINE_NAME,
                    new SupervisionDue(ordered.orderId(), true));
        }
    }

    void evolve(CaseEvent event) {
        if (event instanceof UrgingIssued e) {
            urgings++;
            if (e.deadlineId() != null && e.superviseAt() != null) {
                graces.put(e.deadlineId(), new Grace(e.limit(), e.superviseAt()));
            }
        } else if (event instanceof SupervisionOrdered e) {
            orders.put(e.orderId(), new Order(e.unit(), e.feedbackDue(), e.listed(), false, false));
            if (e.deadlineId() != null) {
                graces.remove(e.deadlineId());
            }
        } else if (event instanceof SupervisionFeedbackOverdue e) {
            orders.computeIfPresent(e.orderId(), (orderId, order) -> order.overdueNow());
        } else if (event instanceof SupervisionFeedbackGiven e) {
            orders.computeIfPresent(e.orderId(), (orderId, order) -> order.answeredNow());
        }
    }

    private String nextUrging() {
        return "URGING-" + (urgings + 1);
    }

    private String nextOrder() {
        return "ORDER-" + (orders.size() + 1);
    }

    // its own command (an aggregate member of Case; urging and ordering read the case's unit and level)

    @CommandHandler
    Decision handle(GiveSupervisionFeedback command) {
        return Decision.of(feedback(command.caseId(), command));
    }
}
