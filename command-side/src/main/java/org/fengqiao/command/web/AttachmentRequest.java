package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/attachments}. {@code size} is a {@code Long} so that a missing size is
 * rejected rather than recorded as an empty file.
 */
public record AttachmentRequest(@PersonalData String name, String mediaType, Long size, String sha256, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AttachmentRequest[size=" + size + "]";
    }
}
