package org.fengqiao.command.cases.petition;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.command.cases.lifecycle.CaseHistories;
import org.springframework.stereotype.Component;

/**
 * Reads a case's events from the event store, from sequence 0 so that a snapshot never stands in for them. Only reads:
 * the earlier case is neither loaded as an aggregate nor locked, so linking to it never blocks a command on it.
 */
@Component
class EventStoreCaseHistories implements CaseHistories {

    private final EventStore eventStore;

    EventStoreCaseHistories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<Object> eventsOf(CaseId caseId) {
        return eventStore.readEvents(caseId.toString(), 0).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }
}
