package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/attachments}. {@code size} is a {@code Long} so that a missing size is
 * rejected rather than recorded as an empty file.
 */
public record AttachmentRequest(@PersonalData String name, String mediaType, Long size, String sha256) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AttachmentRequest[size=" + size + "]";
    }
}
