package org.fengqiao.query.boards;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.query.common.ProjectionBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status boards' read model: counters per node of the jurisdiction tree, kept incrementally, so that a board is
 * computed from a handful of documents read by {@code _id} however many cases there are.
 *
 * <p>Collections: {@link BoardCase} (one per case: what the counters need to know of it), {@link StockDocument}s (per
 * node: the cases open now) and {@link FlowDocument}s (per node and calendar day: what happened that day), the latter
 * two grouped into documents per sub-district or community as {@link CounterLayout} describes.
 *
 * <p>Runs in its own pooled streaming processor with one segment (see {@link BoardConfiguration}), so one thread
 * applies all events in order, a batch at a time. The events of a batch are collected in a {@link ProjectionBatch},
 * which hands them to {@link #flush} at the batch's last message: folded in memory, every touched document written
 * once.
 *
 * <p>Why a redelivered batch (a crash after the documents were written, before the token was stored) changes nothing:
 * the batch is folded over the case documents as stored, and an event whose sequence number is not above its case's
 * {@code lastSequence} is skipped. That guard is only sound if a case document and the counters it moved are always
 * stored together, which the journal of {@link BoardStore} ensures without transactions: the documents of a batch are
 * all written or, as far as any later batch can tell, none. The fold reads no clock, so folding the same events over
 * the same documents again produces the same documents.
 */
@ProcessingGroup(BoardProjection.PROCESSING_GROUP)
public class BoardProjection {

    public static final String PROCESSING_GROUP = "boards";

    private static final Logger log = LoggerFactory.getLogger(BoardProjection.class);
    private static final String PENDING = BoardProjection.class.getName() + ".pending";

    private final BoardStore store;
    private final BoardReader reader;
    private final BoardUpdates updates;
    private final BoardSettings settings;
    private final ProjectionBatch batch = new ProjectionBatch(PROCESSING_GROUP, this::write);
    private volatile boolean journalMayExist = true;

    BoardProjection(BoardStore store, BoardReader reader, BoardUpdates updates, BoardSettings settings) {
        this.store = store;
        this.reader = reader;
        this.updates = updates;
        this.settings = settings;
    }

    /** Every case event goes into the batch, including those no board counts (notes, attachments...). */
    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domainEvent ? domainEvent.getSequenceNumber() : -1;
        if (sequence < 0) {
            log.warn("Case event {} without a sequence number is not counted", message.getIdentifier());
            return;
        }
        batch.add(event, sequence, message.getTimestamp());
    }

    /** Writes a batch and, once it has committed, tells the boards' subscribers which nodes changed. */
    private Runnable write(List<ProjectionBatch.Entry> events) {
        Set<String> nodes = flush(events);
        return nodes.isEmpty() ? null : () -> updates.changed(nodes);
    }

    /**
     * Folds the events and writes the documents they change; answers the nodes whose figures may have changed.
     */
    private Set<String> flush(List<ProjectionBatch.Entry> events) {
        if (journalMayExist) {
            if (store.recover()) {
                log.info("Completed the board documents of a batch interrupted by a crash");
            }
            journalMayExist = false;
        }
        Folded folded = fold(store, settings.zone(), events);
        if (folded == null) {
            return Set.of();
        }
        journalMayExist = true;
        store.write(folded.images());
        journalMayExist = false;
        return folded.touchedNodes();
    }

    /**
     * Folds a rebuild's batch into the documents of {@code target} and writes them as a live batch is written, but
     * without notifying subscribers, who watch the active generation. A rebuild starts from empty collections, so there
     * is no journal of an earlier crash to complete first.
     */
    static ProjectionBatch.Writer rebuilding(BoardStore target, ZoneId zone) {
        return events -> {
            Folded folded = fold(target, zone, events);
            if (folded != null) {
                target.write(folded.images());
            }
            return null;
        };
    }

    /** The new images of the documents the events change, or null when they change nothing. */
    private static Folded fold(BoardStore store, ZoneId zone, List<ProjectionBatch.Entry> events) {
        List<ProjectionBatch.Entry> counted = events.stream().filter(e -> BoardFold.counts(e.event())).toList();
        if (counted.isEmpty()) {
            return null;
        }
        Set<String> caseIds = new LinkedHashSet<>();
        counted.forEach(e -> caseIds.add(e.event().caseId().value()));
        BoardFold fold = new BoardFold(zone, store.cases(caseIds));
        counted.forEach(e -> fold.apply(e.event(), e.sequence()));
        if (fold.applied() == 0) {
            return null;
        }
        Map<String, List<Document>> images = new LinkedHashMap<>();
        images.put(StockDocument.COLLECTION, images(store, StockDocument.COLLECTION, fold.stockDeltas(), true));
        images.put(FlowDocument.COLLECTION, images(store, FlowDocument.COLLECTION, fold.flowDeltas(), false));
        images.put(BoardCase.COLLECTION, fold.changedCases().stream().map(BoardCase::toDocument).toList());
        return new Folded(images, fold.touchedNodes());
    }

    private static List<Document> images(BoardStore store, String collection, Map<String, Map<String, Long>> deltas,
            boolean stock) {
        Map<String, Document> stored = store.find(collection, deltas.keySet());
        List<Document> images = new ArrayList<>(deltas.size());
        deltas.forEach((id, changes) -> {
            Document image = stored.get(id);
            if (image == null) {
                image = stock ? CounterLayout.newStock(id) : CounterLayout.newFlow(id);
            }
            Counters.add(image, changes);
            images.add(image);
        });
        return images;
    }

    @QueryHandler
    BoardView handle(FindBoard query) {
        return reader.read(query);
    }

    /** Clears the active generation only, the one this processor writes; a rebuild never resets tokens. */
    @ResetHandler
    void reset() {
        store.clear();
        journalMayExist = false;
    }

    /** A folded batch: the new document images by collection, and the nodes whose figures they change. */
    private record Folded(Map<String, List<Document>> images, Set<String> touchedNodes) {
    }
}
