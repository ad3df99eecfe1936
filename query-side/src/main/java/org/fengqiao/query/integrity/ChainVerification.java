package org.fengqiao.query.integrity;

import java.time.Clock;
import java.util.Optional;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.integrity.ChainVerifier;

/** Verifies one case's chain from its stored events, as they are read (one event in memory at a time). */
public class ChainVerification {

    private final StoredEvents events;
    private final ChainKeys keys;
    private final Clock clock;

    public ChainVerification(StoredEvents events, ChainKeys keys, Clock clock) {
        this.events = events;
        this.keys = keys;
        this.clock = clock;
    }

    /** The verification of one case, or empty when no event of it is stored. */
    public Optional<ChainVerificationView> verify(String caseId) {
        ChainVerifier verifier = new ChainVerifier(caseId, keys);
        if (events.stream(caseId, verifier::accept) == 0) {
            return Optional.empty();
        }
        return Optional.of(ChainVerificationView.of(caseId, verifier, clock.instant()));
    }
}
