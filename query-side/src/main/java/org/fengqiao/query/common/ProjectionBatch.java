package org.fengqiao.query.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fengqiao.cases.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a projection handles a batch of its event processor: its handler only {@link #add}s each case event to the
 * unit of work's batch; the handler call of the batch's last message hands them all to the projection's
 * {@link Writer}, which folds them in memory and writes every changed document once. A rebuild hands its batches to
 * the same writer ({@link #replay}), so it stores exactly the documents the live projection does.
 *
 * <p>Why inside the last handler call and not in the prepare-commit phase: the pooled streaming processor registers
 * storing its tracking token for that phase before any handler runs, and prepare-commit handlers run in the order
 * registered. With the tokens in MongoDB, outside any transaction, a write failing after the token was stored would
 * skip the batch for good. Written inside the handler, a failure rolls the whole batch back with its token, and the
 * retry is harmless because every projection is idempotent. The prepare-commit phase only catches what a batch left
 * unwritten (a last message that did not reach the handler), with a warning.
 */
public final class ProjectionBatch {

    private static final Logger log = LoggerFactory.getLogger(ProjectionBatch.class);

    /** A case event of the batch, with its sequence number in its case's stream and the time it was recorded. */
    public record Entry(CaseEvent event, long sequence, Instant recordedAt) {
    }

    /** What a projection does with a batch. */
    @FunctionalInterface
    public interface Writer {

        /**
         * Folds the events, in order, into the projection's documents and writes those they change; answers what to
         * do once the batch has committed (tell subscribers), or {@code null}. A rebuild discards that answer.
         */
        Runnable write(List<Entry> events);
    }

    private final String name;
    private final String resource;
    private final Writer writer;

    /** @param name the projection's processing group, for the unit of work's resource and the logs */
    public ProjectionBatch(String name, Writer writer) {
        this.name = name;
        this.resource = ProjectionBatch.class.getName() + "." + name;
        this.writer = writer;
    }

    /** Adds the event to the current batch and writes the batch at its last message; outside a batch, at once. */
    public void add(CaseEvent event, long sequence, Instant recordedAt) {
        Entry entry = new Entry(event, sequence, recordedAt);
        if (!CurrentUnitOfWork.isStarted()) {
            Runnable afterwards = writer.write(List.of(entry));
            if (afterwards != null) {
                afterwards.run();
            }
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Entry> pending = unitOfWork.getOrComputeResource(resource, key -> {
            List<Entry> list = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> {
                if (!list.isEmpty()) {
                    log.warn("{}: events left unwritten at the end of a batch; writing them after the token", name);
                    flush(list, u);
                }
            });
            return list;
        });
        pending.add(entry);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            flush(pending, unitOfWork);
        }
    }

    private void flush(List<Entry> pending, UnitOfWork<?> unitOfWork) {
        List<Entry> events = List.copyOf(pending);
        pending.clear();
        Runnable afterCommit = writer.write(events);
        if (afterCommit != null) {
            unitOfWork.afterCommit(u -> afterCommit.run());
        }
    }

    /** Hands a rebuild's batch, in the order of the event store, to a writer of the generation being rebuilt. */
    public static void replay(List<? extends DomainEventMessage<?>> events, Writer writer) {
        List<Entry> entries = new ArrayList<>(events.size());
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof CaseEvent caseEvent) {
                entries.add(new Entry(caseEvent, event.getSequenceNumber(), event.getTimestamp()));
            }
        }
        if (!entries.isEmpty()) {
            writer.write(entries);
        }
    }
}
