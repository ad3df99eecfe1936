package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A file was recorded as belonging to a case, by its content hash; the file is stored elsewhere or not at all.
 *
 * <p>Revision 2 names the size {@code sizeBytes}; revision 1 (stored without a revision) called it {@code size}. The
 * upcaster in {@code org.fengqiao.platform.upcasting} renames it when an old event is read; the stored event, and
 * hence its hash, stays as it was written.
 */
@Revision("2")
public record AttachmentRecorded(
        CaseId caseId,
        @PersonalData String name,
        String mediaType,
        long sizeBytes,
        String sha256,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "AttachmentRecorded[caseId=" + caseId + ", sizeBytes=" + sizeBytes + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
