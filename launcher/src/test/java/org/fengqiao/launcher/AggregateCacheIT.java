package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cache of recent cases (issue 20 part 1) on the real application: a command leaves its case in the cache, a
 * refused command takes it out (its state may have changed before the refusal), and an event appended beside the
 * cache (as another instance would) makes the next command on the cached case conflict once, after which it is
 * decided again on the case loaded from the store. Each answer's version is the number of events stored. Grid
 * SH-JH-G01.
 */
@EmbeddedApplicationTest
class AggregateCacheIT {

    private static final String DISPUTE = json("""
            {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise from the shop below',
             'content':'Every night','gridCode':'SH-JH-G01',
             'parties':[{'name':'周一','role':'APPLICANT'},{'name':'小店','role':'RESPONDENT'}]}""");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("caseCache")
    Cache caseCache;

    @Autowired
    EventStore eventStore;

    @Autowired
    MeterRegistry meters;

    @Test
    void commands_keep_their_case_in_the_cache_and_never_decide_on_a_stale_one() {
        ApiClient api = new ApiClient(port);
        Reply received = api.post("/api/disputes", DISPUTE, "intake");
        assertThat(received.status()).isEqualTo(201);
        String caseId = received.text("caseId");
        assertThat(received.version()).isEqualTo(stored(caseId).size());
        assertThat(caseCache.containsKey(caseId)).as("cached after its intake").isTrue();

        Reply refused = api.post("/api/disputes/" + caseId + "/closure", "{\"outcome\":\"RESOLVED\"}", "officer");
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(caseCache.containsKey(caseId)).as("a refused command's case leaves the cache").isFalse();

        Reply assigned = api.post("/api/disputes/" + caseId + "/assignment",
                "{\"unit\":\"SH-JH-MEDIATION\",\"officer\":\"officer\"}", "supervisor");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.version()).isEqualTo(stored(caseId).size());
        assertThat(caseCache.containsKey(caseId)).isTrue();

        List<? extends DomainEventMessage<?>> before = stored(caseId);
        DomainEventMessage<?> last = before.get(before.size() - 1);
        eventStore.publish(new GenericDomainEventMessage<>(last.getType(), caseId, last.getSequenceNumber() + 1,
                new NoteAdded(new CaseId(caseId), "written beside the cache", Instant.now(), Actor.SYSTEM)));
        double retries = retries();

        Reply met = api.post("/api/disputes/" + caseId + "/meetings", json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['周一','小店','调解员'],
                 'minutes':'Both sides heard'}""".formatted(Instant.now().minusSeconds(60))), "officer");
        assertThat(met.status()).isEqualTo(200);
        List<? extends DomainEventMessage<?>> after = stored(caseId);
        assertThat(met.version()).as("decided on the case with the note").isEqualTo(after.size())
                .isGreaterThan(before.size() + 1);
        assertThat(after).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, after.size()).boxed().toList());
        assertThat(retries() - retries).as("one conflict with the stale entry, then loaded from the store")
                .isEqualTo(1.0);
    }

    private List<? extends DomainEventMessage<?>> stored(String caseId) {
        return eventStore.readEvents(caseId).asStream().toList();
    }

    private double retries() {
        return meters.find("fengqiao.commands.conflict.retries").counters().stream().mapToDouble(Counter::count)
                .sum();
    }
}
