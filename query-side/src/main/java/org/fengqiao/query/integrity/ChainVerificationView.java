package org.fengqiao.query.integrity;

import java.time.Instant;
import org.fengqiao.integrity.ChainBreak;
import org.fengqiao.integrity.ChainVerifier;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The answer of {@code GET /api/cases/{caseId}/verification}: whether the case's chain holds and, if not, the first
 * sequence that fails and why.
 *
 * @param events         events stored for the case
 * @param verifiedEvents events from sequence 0 whose hashes hold
 * @param keyedEvents    of those, the ones hashed with a chain key (the others were stored before keys, unkeyed)
 * @param head           the hash of the last verified event
 */
public record ChainVerificationView(
        String caseId,
        boolean valid,
        long events,
        long verifiedEvents,
        long keyedEvents,
        String head,
        Long firstBrokenSequence,
        ChainBreak.Reason reason,
        @NotPersonalData("sequence numbers, event types and hashes only") String detail,
        Instant verifiedAt) {

    static ChainVerificationView of(String caseId, ChainVerifier verifier, Instant now) {
        ChainBreak found = verifier.firstBreak();
        return new ChainVerificationView(caseId, verifier.valid(), verifier.events(), verifier.verifiedEvents(),
                verifier.keyedEvents(), verifier.verifiedHead(), found == null ? null : found.sequence(), found == null ? null : found.reason(),
                found == null ? null : found.detail(), now);
    }
}
