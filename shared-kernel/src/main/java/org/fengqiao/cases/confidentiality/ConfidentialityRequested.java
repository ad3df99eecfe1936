package org.fengqiao.cases.confidentiality;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * An intake by a caller who may not mark a case confidential (not a supervisor or an administrator, e.g. the intake
 * desk or a system client) asked for it, for {@code roles} and {@code accounts}: a flag for a supervisor, who confirms
 * it by marking the case (with this audience or another) or declines it by lifting. Emitted by the case aggregate
 * right after the intake event, and followed by a {@link CaseMarkedConfidential} to no named role or account, so that
 * until then the case is seen by auditors and supervisors only ({@link Confidentiality#ALWAYS_ADMITTED}). {@code reason}
 * is free text and treated as personal data.
 */
public record ConfidentialityRequested(
        CaseId caseId,
        @PersonalData String reason,
        List<String> roles,
        List<String> accounts,
        Instant occurredAt,
        Actor actor) implements ConfidentialityEvent {

    public ConfidentialityRequested {
        roles = Values.listOf(roles);
        accounts = Values.listOf(accounts);
    }

    /** Names only the case: the reason may carry personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ConfidentialityRequested[caseId=" + caseId + "]";
    }
}
