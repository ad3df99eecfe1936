package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Level;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.platform.AxonJacksonConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of the split case state: written with revision {@value Case#SNAPSHOT_REVISION}, read back to the same
 * state, and a snapshot of another shape (written before the split, without a revision) is skipped.
 */
class CaseSnapshotTest {

    private final SnapshotFilter filter = CaseAggregateConfiguration.snapshotOfCurrentShape();
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonJacksonConfiguration.axonObjectMapper()).build();
    private final ObjectMapper json = AxonJacksonConfiguration.axonObjectMapper();

    @Test
    void skips_a_snapshot_written_before_the_split_and_loads_one_of_the_current_shape() {
        assertThat(filter.allow(snapshot("org.fengqiao.command.cases.petition.Petition", null, "{}"))).isFalse();
        assertThat(filter.allow(snapshot("org.fengqiao.command.cases.dispute.Dispute", "1", "{}"))).isFalse();
        assertThat(filter.allow(snapshot("org.fengqiao.command.cases.petition.Petition", Case.SNAPSHOT_REVISION,
                "{}"))).isTrue();
    }

    @Test
    void writes_the_state_of_every_concern_with_the_current_revision_and_reads_it_back() throws Exception {
        PetitionEvents petition = new PetitionEvents();
        DeadlineSet acceptance = petition.acceptanceLimit();
        Case state = petitionAfter(List.of((CaseEvent) petition.received(), acceptance,
                (CaseEvent) petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, "threats"),
                petition.deadlineSet(TimeLimit.HANDLING, 2, NOW, 60, OFFICER),
                petition.urged(acceptance, null, 1),
                new SupervisionOrdered(PetitionEvents.ID, "ORDER-1", null, null, null, Level.COMMUNITY, true, "listed",
                        NOW.plusSeconds(86_400), false, NOW, OFFICER)));

        SerializedObject<String> written = serializer.serialize(state, String.class);
        assertThat(written.getType().getRevision()).isEqualTo(Case.SNAPSHOT_REVISION);
        assertThat(filter.allow(snapshot(written.getType().getName(), written.getType().getRevision(),
                written.getData()))).isTrue();
        Case read = serializer.deserialize(written);

        assertThat(read.getClass()).isEqualTo(state.getClass());
        assertThat(json.readTree(serializer.serialize(read, String.class).getData()))
                .isEqualTo(json.readTree(written.getData()));
        assertThat(json.readTree(written.getData()).at("/limits/running").size()).isEqualTo(2);
        assertThat(json.readTree(written.getData()).at("/risk/level").asText()).isEqualTo("HIGH");
        assertThat(json.readTree(written.getData()).at("/supervision/graces").size()).isEqualTo(1);
        assertThat(json.readTree(written.getData()).at("/supervision/orders/ORDER-1/listed").asBoolean()).isTrue();
        assertThat(read.version).isEqualTo(6);
    }

    private static Case petitionAfter(List<CaseEvent> events) throws Exception {
        var constructor = Class.forName("org.fengqiao.command.cases.petition.Petition").getDeclaredConstructor();
        constructor.setAccessible(true);
        Case state = (Case) constructor.newInstance();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            state.on(events.get(sequence), sequence);
        }
        return state;
    }

    private static GenericDomainEventEntry<String> snapshot(String type, String revision, String payload) {
        return new GenericDomainEventEntry<>("Petition", "case-1", 3, "event-1", NOW.toEpochMilli(), type, revision,
                payload, "{}");
    }
}
