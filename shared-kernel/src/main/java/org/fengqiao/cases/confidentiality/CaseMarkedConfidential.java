package org.fengqiao.cases.confidentiality;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case was marked confidential: only callers holding one of {@code roles} (platform role names) or named among
 * {@code accounts} may see it or act on it from now on, within their jurisdiction as before; a later marking replaces
 * the earlier one. Emitted by the case aggregate on {@link MarkCaseConfidential}, or at intake right after the intake
 * event when the intake names a {@link Confidentiality}. Read models keep counting the case but show it to nobody
 * else. {@code reason} is free text and treated as personal data.
 */
public record CaseMarkedConfidential(
        CaseId caseId,
        @PersonalData String reason,
        List<String> roles,
        List<String> accounts,
        Instant occurredAt,
        Actor actor) implements ConfidentialityEvent {

    public CaseMarkedConfidential {
        roles = Values.listOf(roles);
        accounts = Values.listOf(accounts);
    }

    /** Names only the case: the reason may carry personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseMarkedConfidential[caseId=" + caseId + "]";
    }
}
