package org.fengqiao.launcher.embedded;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Two engines on one SQLite file: the writer (the single connection every append goes through) also serves what a
 * command needs, loading an aggregate and its snapshot; the event processors' streams and their tokens are read
 * through a small pool of reading connections.
 * <p>
 * In WAL mode readers never block the writer nor each other, but on one shared connection every processor batch
 * waited for the commands and every command for the processors' reads: the load harness found that the largest
 * bottleneck of the embedded default. Readers see only committed transactions, and since there is one writer, global
 * indexes become visible in order, so the tracking tokens' gap handling has nothing new to deal with.
 */
final class SplitReadsEventStorageEngine implements EventStorageEngine, AutoCloseable {

    private final EventStorageEngine writer;
    private final EventStorageEngine reader;
    private final AutoCloseable readingConnections;

    SplitReadsEventStorageEngine(EventStorageEngine writer, EventStorageEngine reader,
                                 AutoCloseable readingConnections) {
        this.writer = writer;
        this.reader = reader;
        this.readingConnections = readingConnections;
    }

    /** Closes the reading connections; Spring calls it at shutdown, after the processors have stopped. */
    @Override
    public void close() throws Exception {
        readingConnections.close();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        writer.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        writer.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return reader.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return writer.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return writer.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return writer.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return reader.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return reader.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return reader.createTokenAt(dateTime);
    }
}
