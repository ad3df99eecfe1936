package org.fengqiao.cases.common;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;

/**
 * Records that a file belongs to a case: its name, media type, size and SHA-256. The file itself is not stored.
 */
public record RecordAttachment(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        String name,
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
}
