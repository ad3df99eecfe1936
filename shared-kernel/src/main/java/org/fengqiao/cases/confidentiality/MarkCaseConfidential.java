package org.fengqiao.cases.confidentiality;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Marks a case confidential: from now on only callers with one of {@code roles} or named in {@code accounts} see it
 * or act on it (see {@link Confidentiality}). Marking a confidential case again replaces who may see it. Issued by a
 * supervisor or an administrator; allowed on closed cases too, since it changes who may read, not the case.
 */
public record MarkCaseConfidential(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String reason,
        List<String> roles,
        List<String> accounts,
        Instant occurredAt,
        Actor actor) implements ConfidentialityCommand {

    public MarkCaseConfidential {
        reason = Values.clean(reason);
        roles = Confidentiality.names(roles);
        accounts = Confidentiality.names(accounts);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: the reason may carry personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MarkCaseConfidential[caseId=" + caseId + "]";
    }
}
