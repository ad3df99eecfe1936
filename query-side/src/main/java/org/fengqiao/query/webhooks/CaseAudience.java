package org.fengqiao.query.webhooks;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;

/**
 * What decides whether a subscription may receive a case's events, read from the case's own stream in the event
 * store: where the case is, whether it is confidential and to whom, and the reference another system registered it
 * under (for a receiver's own {@link DeliveryFormat}). The marking read is the case's latest, not the
 * one at the event's position: an intake that is confidential from the start records the marking right after the
 * intake event, and a case marked later stops going out at once, earlier events still waiting included.
 */
final class CaseAudience {

    private final EventStore eventStore;

    CaseAudience(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A case's place and its confidentiality marking (null roles and accounts: not confidential). */
    record Facts(JurisdictionPath jurisdiction, List<String> roles, List<String> accounts, ExternalRef externalRef) {

        boolean confidential() {
            return roles != null;
        }

        /** Whether the subscription's client is in the case's audience: named, or holding the SYSTEM role. */
        boolean admits(String client) {
            return !confidential() || accounts.contains(client) || roles.contains("SYSTEM");
        }

        boolean within(String node) {
            return node == null || (jurisdiction != null && jurisdiction.within(new NodeCode(node)));
        }
    }

    Facts of(String caseId) {
        JurisdictionPath jurisdiction = null;
        List<String> roles = null;
        List<String> accounts = null;
        ExternalRef externalRef = null;
        DomainEventStream stream = eventStore.readEvents(caseId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            Object payload = event.getPayload();
            if (payload instanceof DisputeReceived received) {
                jurisdiction = received.jurisdiction();
            } else if (payload instanceof PetitionReceived received) {
                jurisdiction = received.jurisdiction();
                externalRef = received.externalRef();
            } else if (payload instanceof CaseMarkedConfidential marked) {
                roles = marked.roles();
                accounts = marked.accounts();
            } else if (payload instanceof ConfidentialityLifted) {
                roles = null;
                accounts = null;
            }
        }
        return new Facts(jurisdiction, roles, accounts, externalRef);
    }
}
