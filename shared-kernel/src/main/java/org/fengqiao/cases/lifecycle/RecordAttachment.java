package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records that a file belongs to a case: its name, media type, size and SHA-256. The file itself is not stored.
 */
public record RecordAttachment(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String name,
        String mediaType,
        long size,
        String sha256,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public RecordAttachment {
        name = Values.clean(name);
        mediaType = Values.clean(mediaType);
        sha256 = Values.clean(sha256);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordAttachment[caseId=" + caseId + ", kind=" + kind + ", size=" + size + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
