package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.ContributionWaived;
import org.fengqiao.cases.dispatch.DecideDispatchReturn;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSignOverdue;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReportContribution;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.dispatch.WaiveContribution;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The case's dispatch (分流交办): the lead unit and co-handling units it was sent to, where each stands (to sign, signed,
 * asking to return), and which co-units have reported their part or were waived. A lead unit's approved return hands
 * the case back to be dispatched again. The time to sign by is a deadline of its own: when it passes, the units that
 * have not answered are marked unsigned-overdue (no escalation). An objection to an assignment (within its 5 working
 * days) is a return request of the assigned unit, decided like the others: approved, the case is handed back. It decides (returns the events to apply) and follows the events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Dispatch {

    /** Where a unit named in the dispatch stands. */
    enum Standing {
        TO_SIGN,
        SIGNED,
        RETURN_REQUESTED
    }

    private UnitCode lead;
    private Map<UnitCode, Standing> units = new LinkedHashMap<>();
    private Set<UnitCode> settled = new HashSet<>();
    /** How many times the case was dispatched; the sign-by deadline names its dispatch by it. */
    private int rounds;
    private Instant signBy;

    /** Whether a dispatch stands: made, and not handed back by its lead unit. */
    boolean open() {
        return lead != null;
    }

    boolean isLead(UnitCode unit) {
        return unit != null && unit.equals(lead);
    }

    List<CaseEvent> dispatch(CaseId id, DispatchCase command, JurisdictionTree tree, TimeLimitPolicy policy) {
        if (open()) {
            throw new CaseRuleViolation(CaseRule.ALREADY_DISPATCHED);
        }
        if (command.leadUnit() == null || tree.unit(command.leadUnit()).isEmpty()) {
            throw new CaseRuleViolation(CaseRule.LEAD_UNIT_REQUIRED);
        }
        Set<UnitCode> distinct = new HashSet<>(command.coUnits());
        if (distinct.size() != command.coUnits().size() || distinct.contains(command.leadUnit())
                || distinct.stream().anyMatch(u -> u == null || tree.unit(u).isEmpty())) {
            throw new CaseRuleViolation(CaseRule.CO_UNITS_INVALID);
        }
        Require.present(command.instructions(), CaseRule.INSTRUCTIONS_REQUIRED);
        Instant signBy = command.signBy();
        boolean degraded = false;
        if (signBy == null) {
            LimitEnd window = policy.signForWindow(command.occurredAt());
            signBy = window.dueAt();
            degraded = window.calendarDegraded();
        } else if (!signBy.isAfter(command.occurredAt())) {
            throw new CaseRuleViolation(CaseRule.SIGN_BY_NOT_AHEAD);
        }
        return List.of(new CaseDispatched(id, command.leadUnit(), command.coUnits(), command.instructions(), signBy,
                degraded, command.occurredAt(), command.actor()));
    }

    /**
     * A case HIGH or CRITICAL at intake goes at once to the sub-district task force (issue 15 part 6), to sign for as
     * any dispatch; nothing when the task force is not a known unit (a deployment without one).
     */
    List<CaseEvent> toTaskForce(CaseId id, HighRiskPolicy highRisk, JurisdictionTree tree, Instant at,
            Actor actor, TimeLimitPolicy policy) {
        if (open() || tree.unit(highRisk.taskForce()).isEmpty()) {
            return List.of();
        }
        LimitEnd window = policy.signForWindow(at);
        return List.of(new CaseDispatched(id, highRisk.taskForce(), List.of(), HighRiskPolicy.INSTRUCTIONS,
                window.dueAt(), window.calendarDegraded(), at, actor));
    }

    /** The lead unit once it has signed (or was bound by a refused return); null otherwise. */
    UnitCode signedLead() {
        return lead != null && units.get(lead) == Standing.SIGNED ? lead : null;
    }

    List<CaseEvent> sign(CaseId id, SignForDispatch command) {
        requireStanding(command.unit(), Standing.TO_SIGN);
        return List.of(new DispatchSigned(id, command.unit(), command.occurredAt(), command.actor()));
    }

    List<CaseEvent> requestReturn(CaseId id, RequestDispatchReturn command) {
        requireStanding(command.unit(), Standing.TO_SIGN);
        Require.present(command.reasonCode(), CaseRule.RETURN_REASON_REQUIRED);
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        return List.of(new DispatchReturnRequested(id, command.unit(), command.reasonCode(), command.text(),
                command.occurredAt(), command.actor()));
    }

    List<CaseEvent> decideReturn(CaseId id, DecideDispatchReturn command) {
        requireNamed(command.unit());
        Require.present(command.decision(), CaseRule.DECISION_REQUIRED);
        if (units.get(command.unit()) != Standing.RETURN_REQUESTED) {
            throw new CaseRuleViolation(CaseRule.NO_RETURN_REQUESTED);
        }
        return List.of(new DispatchReturnDecided(id, command.unit(), command.decision(), command.reason(),
                command.occurredAt(), command.actor()));
    }

    List<CaseEvent> contribute(CaseId id, ReportContribution command) {
        requireOpenCoUnit(command.unit());
        if (units.get(command.unit()) != Standing.SIGNED) {
            throw new CaseRuleViolation(CaseRule.NOT_SIGNED);
        }
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        return List.of(new ContributionReported(id, command.unit(), command.text(), command.occurredAt(),
                command.actor()));
    }

    List<CaseEvent> waive(CaseId id, WaiveContribution command) {
        requireOpenCoUnit(command.unit());
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new ContributionWaived(id, command.unit(), command.reason(), command.occurredAt(),
                command.actor()));
    }

    /** Schedules the standing dispatch's sign-by deadline; called once its {@code CaseDispatched} is applied. */
    void scheduleSignBy(DeadlineManager deadlineManager) {
        deadlineManager.schedule(signBy, SignForDue.DEADLINE_NAME, new SignForDue(rounds));
    }

    /**
     * The sign-by deadline fired: the units of that dispatch that have neither signed nor asked to return it are
     * marked unsigned-overdue; nothing when the dispatch no longer stands or every unit answered.
     */
    List<CaseEvent> signByPassed(CaseId id, SignForDue due) {
        List<UnitCode> unsigned = units.entrySet().stream().filter(entry -> entry.getValue() == Standing.TO_SIGN)
                .map(Map.Entry::getKey).toList();
        if (!open() || due.round() != rounds || unsigned.isEmpty()) {
            return List.of();
        }
        return List.of(new DispatchSignOverdue(id, unsigned, signBy, signBy, Actor.SYSTEM));
    }

    /** The lead unit closes only when every co-unit still on the case has reported its part or was waived. */
    void checkClosure() {
        if (open() && units.keySet().stream().anyMatch(u -> !u.equals(lead) && !settled.contains(u))) {
            throw new CaseRuleViolation(CaseRule.CONTRIBUTIONS_OUTSTANDING);
        }
    }

    void evolve(CaseEvent event) {
        if (event instanceof CaseDispatched e) {
            lead = e.leadUnit();
            units = new LinkedHashMap<>();
            units.put(e.leadUnit(), Standing.TO_SIGN);
            e.coUnits().forEach(u -> units.put(u, Standing.TO_SIGN));
            settled = new HashSet<>();
            rounds++;
            signBy = e.signBy();
        } else if (event instanceof DispatchSigned e) {
            units.put(e.unit(), Standing.SIGNED);
        } else if (event instanceof DispatchReturnRequested e) {
            units.put(e.unit(), Standing.RETURN_REQUESTED);
        } else if (event instanceof DispatchReturnDecided e) {
            if (e.decision() == ReturnDecision.REFUSE) {
                units.put(e.unit(), Standing.SIGNED);
            } else if (e.unit().equals(lead)) {
                lead = null;
                units = new LinkedHashMap<>();
                settled = new HashSet<>();
            } else {
                units.remove(e.unit());
            }
        } else if (event instanceof AssignmentObjected e) {
            // the objection (条例 Art. 23(3)) is the assigned unit's return request; without a dispatch standing, the
            // assignment counts as one to that unit alone
            if (!open()) {
                lead = e.unit();
                units = new LinkedHashMap<>();
                settled = new HashSet<>();
            }
            units.put(e.unit(), Standing.RETURN_REQUESTED);
        } else if (event instanceof ContributionReported e) {
            settled.add(e.unit());
        } else if (event instanceof ContributionWaived e) {
            settled.add(e.unit());
        }
    }

    private void requireNamed(UnitCode unit) {
        if (!open()) {
            throw new CaseRuleViolation(CaseRule.NOT_DISPATCHED);
        }
        if (unit == null || !units.containsKey(unit)) {
            throw new CaseRuleViolation(CaseRule.NOT_A_DISPATCHED_UNIT);
        }
    }

    private void requireStanding(UnitCode unit, Standing standing) {
        requireNamed(unit);
        if (units.get(unit) != standing) {
            throw new CaseRuleViolation(CaseRule.DISPATCH_ALREADY_ANSWERED);
        }
    }

    private void requireOpenCoUnit(UnitCode unit) {
        requireNamed(unit);
        if (unit.equals(lead)) {
            throw new CaseRuleViolation(CaseRule.NOT_A_CO_UNIT);
        }
        if (settled.contains(unit)) {
            throw new CaseRuleViolation(CaseRule.CONTRIBUTION_ALREADY_SETTLED);
        }
    }

    // the co-units' own commands (an aggregate member of Case; the others assign or close the case: Case handles them)

    @CommandHandler
    Decision handle(ReportContribution command) {
        return Decision.of(contribute(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(WaiveContribution command) {
        return Decision.of(waive(command.caseId(), command));
    }
}
