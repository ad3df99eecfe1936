package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.petition.GroupPetitions;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.risk.AssignRiskLeader;
import org.fengqiao.cases.risk.ChangeRiskLevel;
import org.fengqiao.cases.risk.RecordCheckIn;
import org.fengqiao.cases.risk.RiskCheckInRecorded;
import org.fengqiao.cases.risk.RiskLeaderAssigned;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.command.timelimits.TimeLimitPolicy;

/**
 * The risk of one case and the high-risk regime (HIGH or CRITICAL): escalation to the sub-district at once, shorter
 * limits, a leader who owns the case and timed check-ins. It decides (returns the events to apply) and follows the
 * events ({@link #evolve}); it reads the case's level and time limits, which it does not own.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class RiskRegime {

    private RiskLevel level = RiskLevel.LOW;
    private String leader;
    /** A group petition ({@link GroupPetitions}): kept at least HIGH unless a supervisor lowers it. */
    private boolean group;

    boolean high() {
        return level.isHigh();
    }

    /**
     * The risk an intake sets: LOW unless given; any other level needs its reason, and HIGH or CRITICAL whether the
     * police were informed, as a later change to it does.
     */
    static RiskLevel atIntake(RiskLevel given, String reason, Boolean policeInformed) {
        if (given == null || given == RiskLevel.LOW) {
            return RiskLevel.LOW;
        }
        Require.present(reason, CaseRule.RISK_REASON_REQUIRED);
        if (given.isHigh() && policeInformed == null) {
            throw new CaseRuleViolation(CaseRule.POLICE_INFORMED_REQUIRED);
        }
        return given;
    }

    /**
     * The risk and its reason an intake sets ({@link #atIntake(RiskLevel, String, Boolean)}); a group petition is at
     * least HIGH, with {@link GroupPetitions#RISK_REASON} when that raises it (the police flag stays as given: the raise is the
     * rule's, not the intake officer's assessment).
     */
    static AtIntake atIntake(Intake intake) {
        RiskLevel given = atIntake(intake.riskLevel(), intake.riskReason(), intake.policeInformed());
        if (intake.group() && !given.isHigh()) {
            return new AtIntake(RiskLevel.HIGH, GroupPetitions.RISK_REASON);
        }
        return new AtIntake(given, intake.riskReason());
    }

    /** The risk an intake sets and the reason recorded with it. */
    record AtIntake(RiskLevel level, String reason) {
    }

    /**
     * A change of the risk with its reason; raising it to HIGH or CRITICAL tells whether the police were informed, and
     * lowering a group petition below HIGH is a supervisor's decision ({@code bySupervisor}).
     */
    List<CaseEvent> change(CaseId id, ChangeRiskLevel command, boolean bySupervisor, Level caseLevel, CaseKind kind,
            TimeLimits limits, TimeLimitPolicy policy) {
        if (command.level() == null) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_REQUIRED);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        if (command.level() == level) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_UNCHANGED);
        }
        if (command.level().isHigh() && !level.isHigh() && command.policeInformed() == null) {
            throw new CaseRuleViolation(CaseRule.POLICE_INFORMED_REQUIRED);
        }
        if (group && !command.level().isHigh() && level.isHigh() && !bySupervisor) {
            throw new CaseRuleViolation(CaseRule.GROUP_RISK_LOWERED_BY_SUPERVISOR);
        }
        return changeTo(id, command.level(), command.reason(), command.policeInformed(), command.occurredAt(),
                command.actor(), caseLevel, kind, limits, policy);
    }

    /**
     * A risk change and, on the way up to HIGH or CRITICAL, its consequences: escalation to the sub-district at once
     * and the running limits shortened ({@link TimeLimits#shorten}). On the way down, the check-ins end.
     */
    List<CaseEvent> changeTo(CaseId id, RiskLevel to, String reason, Boolean policeInformed, Instant at, Actor actor,
            Level caseLevel, CaseKind kind, TimeLimits limits, TimeLimitPolicy policy) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(new RiskLevelChanged(id, level, to, reason, at, actor, policeInformed));
        if (to.isHigh() && !level.isHigh()) {
            if (Level.SUB_DISTRICT.isAbove(caseLevel)) {
                events.add(new CaseEscalated(id, caseLevel, Level.SUB_DISTRICT,
                        "risk " + to + ": to the sub-district at once", at, actor));
            }
            events.addAll(limits.shorten(id, kind, at, actor, policy));
        } else if (!to.isHigh() && level.isHigh()) {
            events.addAll(limits.end(id, TimeLimit.CHECK_IN, at, actor));
        }
        return events;
    }

    /**
     * A leader for a high-risk case; the first meets the 24 hours a high-risk intake gave ({@link TimeLimits#startRiskLeader}),
     * and the check-ins start with it.
     */
    List<CaseEvent> assignLeader(CaseId id, AssignRiskLeader command, TimeLimits limits, TimeLimitPolicy policy) {
        requireHigh();
        Require.present(command.leader(), CaseRule.LEADER_REQUIRED);
        List<CaseEvent> events = new ArrayList<>();
        events.add(new RiskLeaderAssigned(id, command.leader(), command.occurredAt(), command.actor()));
        events.addAll(limits.end(id, TimeLimit.RISK_LEADER, command.occurredAt(), command.actor()));
        if (!limits.runs(TimeLimit.CHECK_IN)) {
            events.addAll(limits.startCheckIn(id, command.occurredAt(), command.actor(), policy));
        }
        return events;
    }

    /** The leader's check-in meets the running one and starts the next. */
    List<CaseEvent> checkIn(CaseId id, RecordCheckIn command, TimeLimits limits, TimeLimitPolicy policy) {
        requireHigh();
        if (leader == null) {
            throw new CaseRuleViolation(CaseRule.LEADER_NOT_ASSIGNED);
        }
        Require.present(command.note(), CaseRule.NOTE_REQUIRED);
        List<CaseEvent> events = new ArrayList<>();
        events.add(new RiskCheckInRecorded(id, command.note(), command.occurredAt(), command.actor()));
        events.addAll(limits.end(id, TimeLimit.CHECK_IN, command.occurredAt(), command.actor()));
        events.addAll(limits.startCheckIn(id, command.occurredAt(), command.actor(), policy));
        return events;
    }

    /** A high-risk case closes only with a leader who owns it. */
    void checkClosure() {
        if (level.isHigh() && leader == null) {
            throw new CaseRuleViolation(CaseRule.LEADER_NOT_ASSIGNED);
        }
    }

    void evolve(CaseEvent event) {
        if (event instanceof PetitionReceived e) {
            group = GroupPetitions.isGroup(e.petitioners().size(), e.headcount());
        } else if (event instanceof RiskLevelChanged e) {
            level = e.level();
        } else if (event instanceof RiskLeaderAssigned e) {
            leader = e.leader();
        }
    }

    private void requireHigh() {
        if (!level.isHigh()) {
            throw new CaseRuleViolation(CaseRule.NOT_HIGH_RISK);
        }
    }
}
