package org.fengqiao.command.cases.lifecycle;

import java.time.Clock;
import java.util.Locale;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.AttachmentRecorded;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.lifecycle.EscalateCase;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.lifecycle.RecordAttachment;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The rules of the lifecycle both kinds share, as decisions over the case's state that {@link Case} passes in: each
 * checks its command and returns the event to apply. The kinds' refinements (a petition must be accepted before it is
 * assigned, a refused mediation holds no session, per-kind outcomes) stay in {@code Petition} and {@code Dispute}.
 */
final class LifecycleRules {

    private LifecycleRules() {
    }

    /** The first assignment, or a reassignment from {@code current}, to a unit of the jurisdiction tree. */
    static CaseEvent assign(CaseId id, AssignCase command, UnitCode current, JurisdictionTree jurisdictions) {
        HandlingUnit target = command.unit() == null ? null : jurisdictions.unit(command.unit()).orElse(null);
        if (target == null) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_UNIT);
        }
        return current == null
                ? new CaseAssigned(id, target.code(), target.level(), command.officer(), command.note(),
                        command.occurredAt(), command.actor())
                : new CaseReassigned(id, current, target.code(), target.level(), command.officer(), command.note(),
                        command.occurredAt(), command.actor());
    }

    /**
     * A meeting held (not in the future) by at least two distinct participants, with minutes; its sides, convener and
     * decisions as {@link MeetingRules} checks them.
     */
    static CaseEvent meeting(CaseId id, RecordMeeting command, Clock clock, JurisdictionPath jurisdiction,
            JurisdictionTree tree) {
        Require.pastOrPresent(command.heldAt(), clock, CaseRule.MEETING_TIME_REQUIRED);
        if (command.participants().stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().count() < 2) {
            throw new CaseRuleViolation(CaseRule.TWO_PARTICIPANTS_REQUIRED);
        }
        Require.present(command.minutes(), CaseRule.MINUTES_REQUIRED);
        MeetingRules.check(command, jurisdiction, tree);
        return new MeetingHeld(id, command.type(), command.participants(), command.minutes(), command.heldAt(),
                command.actor(), command.roles(), command.convener(), command.decisions());
    }

    /** An escalation goes up from {@code level}, with a reason. */
    static CaseEvent escalate(CaseId id, EscalateCase command, Level level) {
        Require.present(command.toLevel(), CaseRule.LEVEL_REQUIRED);
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        if (!command.toLevel().isAbove(level)) {
            throw new CaseRuleViolation(CaseRule.ESCALATION_NOT_UPWARD);
        }
        return new CaseEscalated(id, level, command.toLevel(), command.reason(), command.occurredAt(),
                command.actor());
    }

    /**
     * How many events a case may hold before it takes no more notes and attachments, the two additions nothing else in
     * its lifecycle bounds. A case's history, dossier and verification read all its events; this keeps one case's
     * read within a bound (issue 18). The lifecycle's own commands go on.
     */
    static final long MAX_EVENTS_FOR_ADDITIONS = 1_000;

    static CaseEvent note(CaseId id, AddNote command, long version) {
        roomFor(version);
        Require.present(command.text(), CaseRule.TEXT_REQUIRED);
        return new NoteAdded(id, command.text(), command.occurredAt(), command.actor());
    }

    /** An attachment's name, media type, size and SHA-256 (kept in lower case). */
    static CaseEvent attachment(CaseId id, RecordAttachment command, long version) {
        roomFor(version);
        boolean valid = command.name() != null
                && command.mediaType() != null && command.mediaType().matches("[\\w.+-]+/[\\w.+-]+")
                && command.size() >= 0
                && command.sha256() != null && command.sha256().matches("[0-9a-fA-F]{64}");
        if (!valid) {
            throw new CaseRuleViolation(CaseRule.ATTACHMENT_INVALID);
        }
        return new AttachmentRecorded(id, command.name(), command.mediaType(), command.size(),
                command.sha256().toLowerCase(Locale.ROOT), command.occurredAt(), command.actor());
    }

    private static void roomFor(long version) {
        if (version >= MAX_EVENTS_FOR_ADDITIONS) {
            throw new CaseRuleViolation(CaseRule.CASE_RECORD_FULL);
        }
    }

    /** An outcome is given; only the acceptance decision closes as not accepted, only a merger as merged. */
    static Outcome outcome(CloseCase command) {
        Require.present(command.outcome(), CaseRule.OUTCOME_REQUIRED);
        if (command.outcome() == Outcome.NOT_ACCEPTED || command.outcome() == Outcome.MERGED) {
            throw new CaseRuleViolation(CaseRule.OUTCOME_NOT_APPLICABLE);
        }
        return command.outcome();
    }

    /** A failed mediation or a referral names the route the parties are sent on. */
    static void route(CloseCase command) {
        if ((command.outcome() == Outcome.MEDIATION_FAILED || command.outcome() == Outcome.REFERRED)
                && command.route() == null) {
            throw new CaseRuleViolation(CaseRule.ROUTE_REQUIRED);
        }
    }
}
