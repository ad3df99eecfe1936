package org.fengqiao.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.command.idempotency.IdempotencyStore.StoredResponse;
import org.springframework.http.MediaType;

/**
 * Whether the command of a request with an idempotency key committed, read from the events of the case it went to:
 * {@link CaseCommands} puts the key's hash on the command and {@link RequestCorrelation} onto every event it causes,
 * in the same append, so the events say it whatever happened to the request afterwards (a crash after the commit, an
 * answer given up on after {@code fengqiao.bus.timeout} while the command went on). The response is the one the
 * request would have had: an intake's 201 with its number, any other command's case and version after it.
 */
final class CommittedRequests {

    /** The metadata key of the request's idempotency key hash, on the command and on its events. */
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private final EventStore eventStore;
    private final ObjectMapper json;

    CommittedRequests(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    /** The response of the request whose key hash is {@code keyHash}, if its command committed events to the case. */
    Optional<StoredResponse> responseOf(String caseId, String keyHash) {
        DomainEventStream events = eventStore.readEvents(caseId, 0);
        DomainEventMessage<?> first = null;
        long last = -1;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (keyHash.equals(event.getMetaData().get(IDEMPOTENCY_KEY))) {
                first = first == null ? event : first;
                last = event.getSequenceNumber();
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        CaseId id = new CaseId(caseId);
        // a case's version is the number of its events
        long version = last + 1;
        CaseNumber number = first.getPayload() instanceof DisputeReceived dispute ? dispute.caseNumber()
                : first.getPayload() instanceof PetitionReceived petition ? petition.caseNumber() : null;
        if (first.getSequenceNumber() == 0 && number != null) {
            return Optional.of(new StoredResponse(201, MediaType.APPLICATION_JSON_VALUE,
                    URI.create("/api/cases/" + id).toString(), write(CaseCreatedResponse.of(
                            new CaseVersion(id, number, version)))));
        }
        return Optional.of(new StoredResponse(200, MediaType.APPLICATION_JSON_VALUE, null,
                write(new CaseVersionResponse(id, version))));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
