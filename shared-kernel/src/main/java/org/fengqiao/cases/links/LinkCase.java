package org.fengqiao.cases.links;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Links this case to another one about the same matter (a petition and a dispute, or two cases of one kind): the
 * case records the link, then the other case records its side ({@link RecordCaseLink}) and this case confirms it
 * ({@link ConfirmCaseLink}). {@code targetKind}, when given, is the kind the caller expects the other case to be.
 */
public record LinkCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        CaseId targetId,
        CaseKind targetKind,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LinkingCommand {

    public LinkCase {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "LinkCase[caseId=" + caseId + ", kind=" + kind + ", targetId=" + targetId + ", targetKind="
                + targetKind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
