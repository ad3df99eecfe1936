package org.fengqiao.query.audittrail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.HistoryEntryView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.query.personaldata.DataSubjects;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCaseHistory} from the event store, the authoritative record, rather than from a copy that a
 * projection might have got wrong.
 *
 * <p><b>asOf</b> means "what the system knew at that instant": it is compared with each event's recording time (the
 * event message's timestamp in the store), not with its business time ({@code occurredAt}), which callers may set in
 * the past. A meeting held on 1 July but recorded on 3 July is not part of the case as of 2 July. Because a case's
 * events are recorded in sequence order, this is the longest prefix of the stream recorded at or before {@code asOf}
 * (the case's state at that instant: {@code caseview.CaseViewAsOf}).
 *
 * <p>The stream is read from sequence 0 on purpose: reading a stream "from the latest snapshot", as aggregates do,
 * would begin with the snapshot and leave out the events before it.
 */
@Component
public class CaseHistoryQueries {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;

    /** @param objectMapper the HTTP API's mapper, so that {@code fields} read like the rest of the API */
    public CaseHistoryQueries(EventStore eventStore, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    /**
     * One page of the history, read in one pass over the stream that keeps only the page's events, so that a long
     * history costs one page of memory whatever its length; the count and the version come from the same pass.
     */
    @QueryHandler
    public CaseHistoryView handle(FindCaseHistory query) {
        long from = (long) query.page() * query.size();
        long to = from + query.size();
        List<HistoryEntryView> items = new ArrayList<>();
        long known = 0;
        long version = 0;
        boolean inPrefix = true;
        DataSubjects subjects = new DataSubjects();
        DomainEventStream stream = eventStore.readEvents(query.caseId().value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            version = event.getSequenceNumber() + 1;
            subjects.apply(event);
            inPrefix = inPrefix && knownAt(event, query.asOf());
            if (inPrefix) {
                if (known >= from && known < to) {
                    items.add(entry(event));
                }
                known++;
            }
        }
        if (known == 0) {
            return null;
        }
        return new CaseHistoryView(items, (int) known, version, subjects.restricted(), subjects.erased());
    }

    /**
     * The one-line summaries of the case's events known at {@code asOf} (null: all), by sequence, for people
     * ({@link HistoryLine}, rendered in their language by {@link HistoryText}). The caller decides first whether the
     * reader may see the case.
     */
    public Map<Long, HistoryLine> lines(CaseId caseId, Instant asOf) {
        Map<Long, HistoryLine> lines = new java.util.HashMap<>();
        DomainEventStream stream = eventStore.readEvents(caseId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!knownAt(event, asOf)) {
                break;
            }
            lines.put(event.getSequenceNumber(), HistoryLine.of(event.getPayload()));
        }
        return lines;
    }

    private static boolean knownAt(DomainEventMessage<?> event, Instant asOf) {
        return asOf == null || !event.getTimestamp().isAfter(asOf);
    }

    private HistoryEntryView entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        CaseEvent caseEvent = payload instanceof CaseEvent e ? e : null;
        return new HistoryEntryView(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                caseEvent == null ? null : caseEvent.occurredAt(),
                event.getTimestamp(),
                caseEvent == null ? null : caseEvent.actor(),
                HistorySummary.of(payload),
                payload == null ? Map.of() : objectMapper.convertValue(payload, MAP), PersonalField.paths(payload));
    }
}
