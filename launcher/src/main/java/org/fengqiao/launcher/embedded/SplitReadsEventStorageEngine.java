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
 * Three engines on one SQLite file: the writer (the single connection every append and snapshot goes through), the
 * event processors' streams and tokens on a small pool of reading connections, and a case's events and snapshot
 * (loading an aggregate, a case's history) on another pool of reading connections.
 * <p>
 * In WAL mode readers never block the writer nor each other. On one shared connection every processor batch waited
 * for the commands and every command for the processors' reads. And a command that loaded its case through the
 * writer took the one connection at its first statement, the snapshot read, and held it through its handler,
 * sealing, hashing and deadlines until its commit, so that all commands ran one at a time: the load harness found
 * request threads waiting for that connection most of the time (issue 20). Loaded through a reader, a command takes
 * the writer only from its append (or an intake's case number) to its commit.
 * <p>
 * Reading a case beside the writer is safe: a reader sees every transaction committed before its read began, and a
 * case's commands in this process run one at a time under the repository's lock, which is released only after the
 * previous command committed. Should a case ever be loaded stale all the same (another process appending), its
 * append fails on the unique sequence number and the command is refused as a conflict, as before. Since there is one
 * writer, global indexes become visible in order, so the tracking tokens' gap handling has nothing new to deal with.
 */
final class SplitReadsEventStorageEngine implements EventStorageEngine, AutoCloseable {

    private final EventStorageEngine writer;
    private final EventStorageEngine streams;
    private final EventStorageEngine aggregates;
    private final List<AutoCloseable> readingConnections;

    /**
     * @param writer             appends and snapshots, on the one writing connection
     * @param streams            the event processors' streams and tokens
     * @param aggregates         a case's events, its snapshot and its last sequence number
     * @param readingConnections the pools behind {@code streams} and {@code aggregates}, closed with this engine
     */
    SplitReadsEventStorageEngine(EventStorageEngine writer, EventStorageEngine streams, EventStorageEngine aggregates,
                                 List<AutoCloseable> readingConnections) {
        this.writer = writer;
        this.streams = streams;
        this.aggregates = aggregates;
        this.readingConnections = List.copyOf(readingConnections);
    }

    /** Closes the reading connections; Spring calls it at shutdown, after the processors have stopped. */
    @Override
    public void close() throws Exception {
        for (AutoCloseable pool : readingConnections) {
            pool.close();
        }
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
        return streams.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return aggregates.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return aggregates.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return aggregates.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return streams.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return streams.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return streams.createTokenAt(dateTime);
    }
}
