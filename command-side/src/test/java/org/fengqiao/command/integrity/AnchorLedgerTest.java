package org.fengqiao.command.integrity;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.integrity.AnchorRecorded;
import org.fengqiao.integrity.RecordAnchor;
import org.junit.jupiter.api.Test;

/** The anchor ledger records each anchor once it is well-formed, starting with the first. */
class AnchorLedgerTest {

    private static final Instant AT = Instant.parse("2026-07-01T16:05:00Z");
    private static final String ROOT = "0f".repeat(32);

    private final FixtureConfiguration<AnchorLedger> fixture = new AggregateTestFixture<>(AnchorLedger.class);

    private static RecordAnchor anchor(String id, String root) {
        return new RecordAnchor(RecordAnchor.LEDGER, id, root, 3, 42, "DAILY", AT, Actor.SYSTEM);
    }

    private static AnchorRecorded recorded(String id) {
        return new AnchorRecorded(RecordAnchor.LEDGER, id, ROOT, 3, 42, "DAILY", AT, Actor.SYSTEM);
    }

    @Test
    void the_first_anchor_creates_the_ledger() {
        fixture.givenNoPriorActivity()
                .when(anchor("A-1", ROOT))
                .expectEvents(recorded("A-1"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void later_anchors_append_to_the_ledger() {
        fixture.given(recorded("A-1"))
                .when(anchor("A-2", ROOT))
                .expectEvents(recorded("A-2"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejects_a_root_that_is_not_a_sha256_digest() {
        fixture.givenNoPriorActivity()
                .when(anchor("A-1", "not-a-digest"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
