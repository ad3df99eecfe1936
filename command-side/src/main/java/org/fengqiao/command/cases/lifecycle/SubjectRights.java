package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.integrity.RecordDossierExport;
import org.fengqiao.personaldata.DestroyCaseRecord;
import org.fengqiao.personaldata.ErasePersonalData;
import org.fengqiao.personaldata.LiftPersonalDataRestriction;
import org.fengqiao.personaldata.PersonalDataErased;
import org.fengqiao.personaldata.PersonalDataRestricted;
import org.fengqiao.personaldata.PersonalDataRestrictionLifted;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.personaldata.RestrictPersonalData;
import org.fengqiao.personaldata.SealedValue;

/**
 * The personal-data rights of a case's data subjects (PIPL Art. 47): how many persons the case names (numbered from
 * 1), whose data is restricted now and whose is erased. It decides the rights' commands (returns the events) and what
 * a restricted or erased case still accepts ({@link #admit}), and follows the events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class SubjectRights {

    private int subjects;
    private Set<Integer> restricted = new TreeSet<>();
    private Set<Integer> erased = new TreeSet<>();
    private Instant closedAt;
    private Outcome outcome;

    void named(int persons) {
        subjects = persons;
    }

    boolean erased(int subject) {
        return erased.contains(subject);
    }

    /**
     * What may still happen to a case with restricted or erased data: the rights themselves, the record of an export
     * and a repeated intake, which appends nothing; otherwise every command that carries no personal value of a
     * restricted or erased person ({@link PersonalField}: the n-th person of a list is person n, a request for review
     * or a refusal is the first person's, the staff's texts are the case record's), so that one restriction or
     * erasure stops that person's data, not the case.
     */
    void admit(Object command) {
        boolean keepsData = command instanceof ReceivePetition || command instanceof ReceiveDispute
                || command instanceof RestrictPersonalData || command instanceof LiftPersonalDataRestriction
                || command instanceof ErasePersonalData || command instanceof DestroyCaseRecord
                || command instanceof RecordDossierExport;
        if (keepsData || restricted.isEmpty() && erased.isEmpty()) {
            return;
        }
        Set<Integer> carried = new TreeSet<>();
        PersonalField.paths(command).values().forEach(field -> carried.add(field.subject()));
        if (carried.stream().anyMatch(erased::contains)) {
            // the person's key is gone: nothing of theirs is recorded again (a petition is not reopened for review)
            throw new CaseRuleViolation(CaseRule.DATA_SUBJECT_ERASED);
        }
        if (carried.stream().anyMatch(restricted::contains)) {
            // restriction (PIPL Art. 47(2)): the person's data is stored, secured and read by auditors, no more
            throw new CaseRuleViolation(CaseRule.PERSONAL_DATA_RESTRICTED);
        }
    }

    List<CaseEvent> restrict(CaseId id, RestrictPersonalData command) {
        int subject = known(command.subject());
        if (erased.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.DATA_SUBJECT_ERASED);
        }
        if (restricted.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.ALREADY_RESTRICTED);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new PersonalDataRestricted(id, subject, command.reason(), command.occurredAt(),
                command.actor()));
    }

    List<CaseEvent> lift(CaseId id, LiftPersonalDataRestriction command) {
        int subject = known(command.subject());
        if (!restricted.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.NOT_RESTRICTED);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new PersonalDataRestrictionLifted(id, subject, command.reason(), command.occurredAt(),
                command.actor()));
    }

    /**
     * Erasure of a closed case's subject once the case's retention period has ended ({@code erasableFrom}, from the
     * closure: {@code null} for a closure this state does not know the time of, kept from before it did); nothing to
     * record when it is erased already.
     */
    List<CaseEvent> erase(CaseId id, ErasePersonalData command, boolean closed, Instant erasableFrom, Instant now) {
        int subject = known(command.subject());
        return end(new PersonalDataErased(id, subject, command.reason(), command.occurredAt(), command.actor()),
                closed, erasableFrom, now);
    }

    /**
     * The case record's key destroyed, by the same rule as a person's erasure: a closed case whose retention period
     * has ended; nothing to record when it is destroyed already. Afterwards the staff's texts read {@code [erased]}
     * and no command carrying one is taken ({@link #admit}).
     */
    List<CaseEvent> destroyRecord(CaseId id, DestroyCaseRecord command, boolean closed, Instant erasableFrom,
            Instant now) {
        return end(new PersonalDataErased(id, SealedValue.CASE_RECORD, command.reason(), command.occurredAt(),
                command.actor()), closed, erasableFrom, now);
    }

    private List<CaseEvent> end(PersonalDataErased erasure, boolean closed, Instant erasableFrom, Instant now) {
        if (erased.contains(erasure.subject())) {
            return List.of();
        }
        if (!closed) {
            throw new CaseRuleViolation(CaseRule.RETENTION_APPLIES);
        }
        if (erasableFrom != null && now.isBefore(erasableFrom)) {
            throw new CaseRuleViolation(CaseRule.RETENTION_APPLIES, erasableFrom);
        }
        Require.present(erasure.reason(), CaseRule.REASON_REQUIRED);
        return List.of(erasure);
    }

    /** When and how the case was last closed ({@code null} while it is open), for its retention period. */
    Instant closedAt() {
        return closedAt;
    }

    Outcome outcome() {
        return outcome;
    }

    void evolve(CaseEvent event) {
        if (event instanceof CaseClosed e) {
            closedAt = e.occurredAt();
            outcome = e.outcome();
        } else if (event instanceof ReviewRequested || event instanceof CaseReopenedForRework) {
            closedAt = null;
            outcome = null;
        } else if (event instanceof PersonalDataRestricted e) {
            restricted.add(e.subject());
        } else if (event instanceof PersonalDataRestrictionLifted e) {
            restricted.remove(e.subject());
        } else if (event instanceof PersonalDataErased e) {
            restricted.remove(e.subject());
            erased.add(e.subject());
        }
    }

    private int known(int subject) {
        if (subject < 1 || subject > subjects) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_DATA_SUBJECT);
        }
        return subject;
    }

    // its own commands (an aggregate member of Case; erasure needs the case's status and kind: Case handles it)

    @CommandHandler
    Decision handle(RestrictPersonalData command) {
        return Decision.of(restrict(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(LiftPersonalDataRestriction command) {
        return Decision.of(lift(command.caseId(), command));
    }
}
