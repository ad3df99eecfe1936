package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A file was recorded as belonging to a case, by its content hash; the file is stored elsewhere or not at all.
 */
public record AttachmentRecorded(
        CaseId caseId,
        String name,
        String mediaType,
        long size,
        String sha256,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
