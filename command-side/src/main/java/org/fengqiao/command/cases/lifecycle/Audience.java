package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.confidentiality.ConfidentialityRequested;
import org.fengqiao.cases.confidentiality.LiftConfidentiality;
import org.fengqiao.cases.confidentiality.MarkCaseConfidential;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * Who may see a confidential case: its roles and accounts ({@code null} while the case is not confidential), for the
 * callers' check ({@link CallerScope}). It decides marking and lifting (returns the events) and follows the events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Audience {

    private List<String> roles;
    private List<String> accounts;

    List<String> roles() {
        return roles;
    }

    List<String> accounts() {
        return accounts;
    }

    /**
     * The rules of marking: a reason, at least one role or account, only the platform's role names and well-formed
     * account names; checked by an intake before it records anything, so that a case registered as confidential is
     * never visible unprotected.
     */
    static void check(Confidentiality confidentiality) {
        Require.present(confidentiality.reason(), CaseRule.REASON_REQUIRED);
        if (confidentiality.roles().isEmpty() && confidentiality.accounts().isEmpty()) {
            throw new CaseRuleViolation(CaseRule.CONFIDENTIAL_AUDIENCE_REQUIRED);
        }
        if (!Confidentiality.ROLE_NAMES.containsAll(confidentiality.roles())) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_ROLE);
        }
        for (String account : confidentiality.accounts()) {
            try {
                new Actor(account);
            } catch (IllegalArgumentException e) {
                throw new CaseRuleViolation(CaseRule.ACCOUNT_NAME_INVALID);
            }
        }
    }

    /** Marks the case confidential, or changes who may see it; open and closed cases alike. */
    static List<CaseEvent> mark(CaseId id, Confidentiality confidentiality, Instant at, Actor actor) {
        check(confidentiality);
        return List.of(new CaseMarkedConfidential(id, confidentiality.reason(), confidentiality.roles(),
                confidentiality.accounts(), at, actor));
    }

    /**
     * The confidentiality an intake names: marked as asked when the caller may mark ({@link
     * CallerScope#mayMarkConfidential}); otherwise asked for, a flag for a supervisor, and meanwhile marked for no one
     * beyond those always admitted (auditors and supervisors), so that the case is never visible unprotected.
     */
    static List<CaseEvent> atIntake(CaseId id, Confidentiality confidentiality, boolean callerMayMark, Instant at,
            Actor actor) {
        if (callerMayMark) {
            return mark(id, confidentiality, at, actor);
        }
        check(confidentiality);
        return List.of(new ConfidentialityRequested(id, confidentiality.reason(), confidentiality.roles(),
                confidentiality.accounts(), at, actor),
                new CaseMarkedConfidential(id, confidentiality.reason(), List.of(), List.of(), at, actor));
    }

    List<CaseEvent> lift(CaseId id, LiftConfidentiality command) {
        if (roles == null) {
            throw new CaseRuleViolation(CaseRule.NOT_CONFIDENTIAL);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new ConfidentialityLifted(id, command.reason(), command.occurredAt(), command.actor()));
    }

    void evolve(CaseEvent event) {
        if (event instanceof CaseMarkedConfidential e) {
            roles = List.copyOf(e.roles());
            accounts = List.copyOf(e.accounts());
        } else if (event instanceof ConfidentialityLifted) {
            roles = null;
            accounts = null;
        }
    }

    // its own commands (an aggregate member of Case: the case applies the decision and answers its version)

    /** Marks the case confidential, or changes who may see it; only a caller who may see the case gets here. */
    @CommandHandler
    Decision handle(MarkCaseConfidential command) {
        return Decision.of(mark(command.caseId(), new Confidentiality(command.reason(), command.roles(),
                command.accounts()), command.occurredAt(), command.actor()));
    }

    @CommandHandler
    Decision handle(LiftConfidentiality command) {
        return Decision.of(lift(command.caseId(), command));
    }
}
