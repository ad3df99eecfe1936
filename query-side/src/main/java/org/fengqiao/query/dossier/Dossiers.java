package org.fengqiao.query.dossier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.integrity.RecordDossierExport;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.platform.upcasting.StoredForm;
import org.fengqiao.query.audittrail.HistorySummary;
import org.fengqiao.query.caseview.CaseViewFold;
import org.fengqiao.query.integrity.AnchorProofView;
import org.fengqiao.query.integrity.Anchors;
import org.fengqiao.query.integrity.ChainVerification;
import org.fengqiao.query.integrity.ChainVerificationView;
import org.fengqiao.query.integrity.StoredEvents;
import org.fengqiao.query.personaldata.DataSubjects;
import org.springframework.stereotype.Component;

/**
 * Assembles dossiers from the event store (not from a projection) and records each export in the case's history with
 * {@link RecordDossierExport}, after the dossier is complete: the export event itself is part of the next dossier.
 */
@Component
public class Dossiers {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ChainVerification verification;
    private final Anchors anchors;
    private final StoredEvents storedEvents;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    Dossiers(EventStore eventStore, ChainVerification verification, Anchors anchors, StoredEvents storedEvents,
            CommandGateway commands, ObjectMapper json) {
        this.eventStore = eventStore;
        this.verification = verification;
        this.anchors = anchors;
        this.storedEvents = storedEvents;
        this.commands = commands;
        this.json = json;
    }

    /** The dossier of a case, or empty when there is no such case. */
    public Optional<Dossier> assemble(CaseId caseId, Actor exportedBy) {
        List<Dossier.Entry> entries = new ArrayList<>();
        CaseView view = null;
        DataSubjects subjects = new DataSubjects();
        DomainEventStream stream = eventStore.readEvents(caseId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            subjects.apply(event);
            Object payload = event.getPayload();
            CaseEvent caseEvent = payload instanceof CaseEvent e ? e : null;
            if (caseEvent != null) {
                view = CaseViewFold.apply(view, caseEvent, event.getSequenceNumber(), event.getTimestamp());
            }
            Map<String, Object> metadata = new LinkedHashMap<>(event.getMetaData());
            metadata.remove(StoredForm.KEY);
            entries.add(new Dossier.Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    caseEvent == null ? null : caseEvent.occurredAt(), event.getTimestamp(),
                    caseEvent == null ? null : caseEvent.actor().value(), HistorySummary.of(payload),
                    payload == null ? Map.of() : json.convertValue(payload, MAP), metadata,
                    metadata.get("hash") == null ? null : metadata.get("hash").toString(),
                    PersonalField.paths(payload)));
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ChainVerificationView verified = verification.verify(caseId.value()).orElse(null);
        AnchorProofView anchor = null;
        Dossier.Entry last = entries.get(entries.size() - 1);
        long headPosition = storedEvents.positionOf(caseId.value(), last.sequence(), last.recordedAt());
        if (headPosition >= 0) {
            anchor = anchors.firstCovering(headPosition).flatMap(a -> anchors.proof(a, caseId.value())).orElse(null);
        }
        return Optional.of(new Dossier(caseId.value(), clock.instant(), exportedBy.value(), view, entries, verified,
                anchor, subjects.restricted(), subjects.erased()));
    }

    /** Records that the dossier was exported in {@code format}; answers the case's version afterwards. */
    public void recordExport(Dossier dossier, String format, Actor actor) {
        Dossier.Entry last = dossier.events().get(dossier.events().size() - 1);
        commands.sendAndWait(new RecordDossierExport(new CaseId(dossier.caseId()), format, last.sequence() + 1,
                last.hash(), dossier.exportedAt(), actor), 30, TimeUnit.SECONDS);
    }
}
