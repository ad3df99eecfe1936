package org.fengqiao.command.integrity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.integrity.AnchorRecorded;
import org.fengqiao.integrity.Hex;
import org.fengqiao.integrity.RecordAnchor;

/**
 * The anchor ledger: one stream ({@link RecordAnchor#LEDGER}) whose events are the anchors, hash-chained like any
 * case's. Created by its first anchor. It answers the number of anchors recorded.
 */
@Aggregate
public class AnchorLedger {

    @AggregateIdentifier
    private String ledgerId;
    private long anchors;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RecordAnchor command) {
        if (!RecordAnchor.LEDGER.equals(command.ledgerId())) {
            throw new IllegalArgumentException("there is one anchor ledger, " + RecordAnchor.LEDGER);
        }
        if (!Hex.isDigest(command.root()) || command.anchorId() == null || command.chains() < 0) {
            throw new IllegalArgumentException("an anchor needs an id, a SHA-256 root and a chain count");
        }
        apply(new AnchorRecorded(command.ledgerId(), command.anchorId(), command.root(), command.chains(),
                command.upToPosition(), command.trigger(), command.occurredAt(), command.actor()));
        return anchors;
    }

    @EventSourcingHandler
    void on(AnchorRecorded event) {
        ledgerId = event.ledgerId();
        anchors++;
    }

    AnchorLedger() {
    }
}
