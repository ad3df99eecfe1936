package org.fengqiao.query.caseview;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCaseAsOf;
import org.fengqiao.cases.value.CaseId;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCaseAsOf} from the event store, the authoritative record, rather than from a copy that a
 * projection might have got wrong.
 *
 * <p><b>asOf</b> means "what the system knew at that instant": it is compared with each event's recording time (the
 * event message's timestamp in the store), not with its business time ({@code occurredAt}), which callers may set in
 * the past. A meeting held on 1 July but recorded on 3 July is not part of the case as of 2 July. Because a case's
 * events are recorded in sequence order, this is the longest prefix of the stream recorded at or before {@code asOf};
 * the state at that instant is the same {@link CaseViewFold} the live projection uses, over that prefix.
 *
 * <p>The stream is read from sequence 0 on purpose: reading a stream "from the latest snapshot", as aggregates do,
 * would begin with the snapshot and leave out the events before it.
 */
@Component
public class CaseViewAsOf {

    private final EventStore eventStore;

    public CaseViewAsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public CaseView handle(FindCaseAsOf query) {
        return stateAsOf(query.caseId(), query.asOf());
    }

    private CaseView stateAsOf(CaseId caseId, Instant asOf) {
        CaseView view = null;
        DomainEventStream stream = eventStore.readEvents(caseId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            if (event.getPayload() instanceof CaseEvent caseEvent) {
                view = CaseViewFold.apply(view, caseEvent, event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return view;
    }
}
