package org.fengqiao.query.integrity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fengqiao.integrity.ChainVerifier;
import org.fengqiao.integrity.StoredEvent;

/** Verifies one case's chain from its stored events. */
public class ChainVerification {

    private final StoredEvents events;
    private final Clock clock;

    public ChainVerification(StoredEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The verification of one case, or empty when no event of it is stored. */
    public Optional<ChainVerificationView> verify(String caseId) {
        List<StoredEvent> stored = events.stream(caseId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ChainVerifier verifier = new ChainVerifier(caseId);
        stored.forEach(verifier::accept);
        return Optional.of(ChainVerificationView.of(caseId, verifier, clock.instant()));
    }
}
