package org.fengqiao.command.web;

/**
 * Body of {@code POST /api/{kind}/{caseId}/attachments}. {@code size} is a {@code Long} so that a missing size is
 * rejected rather than recorded as an empty file.
 */
public record AttachmentRequest(String name, String mediaType, Long size, String sha256) {
}
