package org.fengqiao.query.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.query.CaseStories.disputeReceived;
import static org.fengqiao.query.CaseStories.escalatedPetition;
import static org.fengqiao.query.CaseStories.grid;
import static org.fengqiao.query.CaseStories.recorded;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.bson.Document;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.query.CaseStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The projection's handlers driven the way a streaming processor drives them: batches in a batching unit of work, the
 * batch written at its last event; then its query handlers. Against the embedded MongoDB's engine in memory.
 */
class CaseViewProjectionTest {

    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    private MongoFixture mongo;
    private CountingStore store;
    private SimpleQueryUpdateEmitter updates;
    private CaseViewProjection projection;
    private AnnotationEventHandlerAdapter handlers;
    /** Lists from the in-process index ({@code fengqiao.case-views.list-index=memory}); set by a nested class. */
    private boolean listIndexed;

    @BeforeEach
    void setUp() {
        mongo = new MongoFixture();
        store = new CountingStore(mongo, listIndexed ? new CaseListIndexes(mongo.template) : null);
        store.createIndexes();
        updates = SimpleQueryUpdateEmitter.builder().build();
        projection = new CaseViewProjection(store, updates);
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Nested
    class Projecting {

        @Test
        void a_dispute_lifecycle_becomes_the_view_the_fold_gives() {
            CaseId id = CaseId.generate();
            List<DomainEventMessage<?>> events = recorded(resolvedDispute(id, 1, NOW.minusSeconds(86_400)), NOW);

            process(events);

            CaseView view = find(id);
            assertThat(view).isEqualTo(folded(events));
            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.caseNumber()).isEqualTo(new CaseNumber("SH-2026-000001"));
            assertThat(view.meetings()).isEqualTo(1);
            assertThat(view.hasAgreement()).isTrue();
            assertThat(view.resolutionLevel()).isEqualTo(Level.COMMUNITY);
            assertThat(view.version()).isEqualTo(5);
        }

        @Test
        void reads_the_views_of_a_batch_with_one_query_and_writes_them_with_one_bulk_write() {
            List<DomainEventMessage<?>> a = recorded(resolvedDispute(CaseId.generate(), 1, NOW), NOW);
            List<DomainEventMessage<?>> b = recorded(escalatedPetition(CaseId.generate(), 2, NOW), NOW);
            List<DomainEventMessage<?>> c = recorded(resolvedDispute(CaseId.generate(), 3, NOW), NOW);

            process(interleaved(a, b, c).subList(0, 9));
            process(interleaved(a, b, c).subList(9, 16));

            assertThat(store.reads).isEqualTo(2);
            assertThat(store.writes).isEqualTo(2);
            assertThat(mongo.caseViewDocuments()).extracting(d -> d.get("version"))
                    .containsExactlyInAnyOrder(5L, 6L, 5L);
        }

        @Test
        void writes_nothing_for_a_batch_that_changes_nothing() {
            List<DomainEventMessage<?>> events = recorded(resolvedDispute(CaseId.generate(), 1, NOW), NOW);
            process(events);

            process(events);

            assertThat(store.writes).isEqualTo(1);
        }

        @Test
        void skips_an_event_beyond_a_gap() {
            CaseId id = CaseId.generate();
            List<DomainEventMessage<?>> events = recorded(resolvedDispute(id, 1, NOW), NOW);

            process(List.of(events.get(0), events.get(2)));

            assertThat(find(id).version()).isEqualTo(1);
        }

        @Test
        void stores_plain_values_under_the_case_id() {
            CaseId id = CaseId.generate();
            process(recorded(resolvedDispute(id, 1, NOW), NOW));

            Document stored = mongo.caseViewDocuments().get(0);
            assertThat(stored.get("_id")).isEqualTo(id.value());
            assertThat(stored.get("kind")).isEqualTo("DISPUTE");
            assertThat(stored.get("grid")).isEqualTo("SH-FL-G03");
            assertThat(stored.get("receivedAt")).isInstanceOf(java.util.Date.class);
            assertThat(stored.toJson()).doesNotContain(CaseStories.APPLICANT, CaseStories.APPLICANT_PHONE,
                    CaseStories.CONTENT);
        }
    }

    @Nested
    class TimeLimits {

        @Test
        void stores_and_reads_back_a_limit_counted_without_a_holiday_file() {
            CaseId id = CaseId.generate();
            Instant due = Instant.parse("2027-02-01T16:00:00Z");
            List<CaseEvent> events = List.of(CaseStories.resolvedDispute(id, 1, NOW).get(0),
                    new DeadlineSet(id, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200), null, NOW,
                            new Actor("li.mediator"), true));
            List<DomainEventMessage<?>> recorded = recorded(events, NOW);

            process(recorded);

            CaseView view = find(id);
            assertThat(view).isEqualTo(folded(recorded));
            assertThat(view.calendarDegraded()).isTrue();
            assertThat(view.calendarDegradedLimits()).containsExactly(TimeLimit.HANDLING);
            assertThat(mongo.caseViewDocuments().get(0).getList("calendarDegradedLimits", String.class))
                    .containsExactly("HANDLING");
        }
    }

    @Nested
    class Idempotency {

        @Test
        void the_same_event_twice_in_a_batch_counts_once() {
            CaseId id = CaseId.generate();
            List<DomainEventMessage<?>> events = recorded(resolvedDispute(id, 1, NOW), NOW);

            process(List.of(events.get(0), events.get(1), events.get(1), events.get(2), events.get(0)));

            assertThat(find(id)).isEqualTo(folded(events.subList(0, 3)));
        }

        @Test
        void a_redelivered_batch_changes_nothing() {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                events.addAll(recorded(resolvedDispute(CaseId.generate(), i, NOW), NOW));
            }
            process(events);
            List<Document> before = mongo.caseViewDocuments();

            process(events);
            process(events.subList(3, 17));

            assertThat(mongo.caseViewDocuments()).isEqualTo(before);
        }

        @Test
        void a_replay_from_scratch_gives_the_same_documents() {
            List<List<DomainEventMessage<?>>> cases = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                cases.add(recorded(i % 2 == 0
                        ? resolvedDispute(CaseId.generate(), i, NOW.minusSeconds(i))
                        : escalatedPetition(CaseId.generate(), i, NOW.minusSeconds(i)), NOW));
            }
            List<DomainEventMessage<?>> all = interleaved(cases.toArray(List[]::new));
            processInBatchesOf(200, all);
            List<Document> live = mongo.caseViewDocuments();

            handlers.prepareReset();
            assertThat(mongo.caseViewDocuments()).isEmpty();
            processInBatchesOf(7, all);

            assertThat(mongo.caseViewDocuments()).hasSize(10).isEqualTo(live);
        }
    }

    @Nested
    class Updates {

        @Test
        void subscribers_get_each_case_once_per_batch_with_the_stored_view() {
            CaseId id = CaseId.generate();
            List<CaseView> received = subscribe(id);
            List<DomainEventMessage<?>> events = recorded(resolvedDispute(id, 1, NOW), NOW);

            process(events.subList(0, 2));
            process(events.subList(2, 5));

            assertThat(received).extracting(CaseView::version).containsExactly(2L, 5L);
            assertThat(received.get(1)).isEqualTo(find(id));
        }

        @Test
        void a_failed_write_rolls_the_batch_back_and_tells_no_subscriber() {
            CaseId id = CaseId.generate();
            List<CaseView> received = subscribe(id);
            store.failWrites = true;

            assertThatThrownBy(() -> process(recorded(resolvedDispute(id, 1, NOW), NOW)))
                    .hasMessageContaining("write failed");

            assertThat(received).isEmpty();
            assertThat(find(id)).isNull();
        }
    }

    @Nested
    class Queries {

        final CaseId closedDispute = CaseId.generate();
        final CaseId overduePetition = CaseId.generate();
        final CaseId overdueDispute = CaseId.generate();
        final CaseId freshDispute = CaseId.generate();
        final CaseId freshPetition = CaseId.generate();

        @BeforeEach
        void fiveCases() {
            List<CaseEvent> fresh = new ArrayList<>();
            fresh.add(disputeReceived(freshDispute, 4, grid("SH-FL", "SH-FL-G03"), days(5)));
            fresh.add(new CaseAssigned(freshDispute, CaseStories.FULI_MEDIATION, Level.COMMUNITY, "zhao.officer", null,
                    days(4), CaseStories.ACTOR));
            processInBatchesOf(3, interleaved(
                    recorded(resolvedDispute(closedDispute, 1, days(50)), NOW.minusSeconds(100)),
                    recorded(missedHandling(escalatedPetition(overduePetition, 2, days(70)), days(10)),
                            NOW.minusSeconds(50)),
                    recorded(missedHandling(List.of(disputeReceived(overdueDispute, 3, grid("SH-FL", "SH-FL-G05"),
                            days(40))), days(10)), NOW),
                    recorded(fresh, NOW.minusSeconds(10)),
                    recorded(List.of(new PetitionReceived(freshPetition, CaseNumber.of("SH", 2026, 5), Channel.VISIT,
                            Category.NEIGHBOUR, "Noise at night", "content", grid("SH-GY", "SH-GY-G02"),
                            List.of(new Petitioner("李四", null)), days(20), CaseStories.ACTOR)), NOW)));
        }

        /** The case's events and then its handling limit, due at {@code dueAt}, missed. */
        private List<CaseEvent> missedHandling(List<CaseEvent> events, Instant dueAt) {
            CaseId id = events.get(0).caseId();
            List<CaseEvent> more = new ArrayList<>(events);
            more.add(new DeadlineSet(id, "HANDLING-1", TimeLimit.HANDLING, dueAt, null, null, days(60),
                    CaseStories.ACTOR));
            more.add(new DeadlineMissed(id, "HANDLING-1", TimeLimit.HANDLING, dueAt, dueAt, Actor.SYSTEM));
            return more;
        }

        @Test
        void finds_a_case_by_id_or_nothing() {
            assertThat(find(freshDispute).unit()).isEqualTo(CaseStories.FULI_MEDIATION);
            assertThat(find(CaseId.generate())).isNull();
        }

        @Test
        void filters_by_kind_status_and_category() {
            assertThat(ids(list().kind(CaseKind.PETITION))).containsExactlyInAnyOrder(overduePetition, freshPetition);
            assertThat(ids(list().status(CaseStatus.CLOSED))).containsExactly(closedDispute);
            assertThat(ids(list().category(Category.NEIGHBOUR))).containsExactly(freshPetition);
        }

        @Test
        void filters_by_any_node_of_the_jurisdiction_path() {
            assertThat(ids(list().node("SH"))).hasSize(5);
            assertThat(ids(list().node("SH-FL"))).containsExactlyInAnyOrder(closedDispute, overdueDispute, freshDispute);
            assertThat(ids(list().node("SH-FL-G03"))).containsExactlyInAnyOrder(closedDispute, freshDispute);
            assertThat(ids(list().node("SH-GY-G02"))).containsExactly(freshPetition);
        }

        @Test
        void filters_by_unit_officer_and_risk() {
            assertThat(ids(list().unit(CaseStories.FULI_MEDIATION))).containsExactlyInAnyOrder(closedDispute,
                    freshDispute);
            assertThat(ids(list().officer("zhao.officer"))).containsExactly(freshDispute);
            assertThat(ids(list().risk(RiskLevel.HIGH))).containsExactly(overduePetition);
        }

        @Test
        void filters_open_cases_past_a_missed_time_limit_as_overdue_whatever_their_age() {
            assertThat(ids(list().overdue(true))).containsExactlyInAnyOrder(overduePetition, overdueDispute);
            assertThat(ids(list().overdue(false))).containsExactlyInAnyOrder(closedDispute, freshDispute,
                    freshPetition);
        }

        @Test
        void filters_by_time_of_receipt_from_inclusive_to_exclusive() {
            assertThat(ids(list().received(days(40), days(5)))).containsExactlyInAnyOrder(overdueDispute,
                    freshPetition);
        }

        @Test
        void sorts_and_pages_with_the_total_on_every_page() {
            CasePage first = projection.handle(list().sort("receivedAt,desc").page(0, 2).build());
            CasePage last = projection.handle(list().sort("receivedAt,desc").page(2, 2).build());

            assertThat(first.total()).isEqualTo(5);
            assertThat(first.items()).extracting(CaseView::caseId).containsExactly(freshDispute, freshPetition);
            assertThat(last.total()).isEqualTo(5);
            assertThat(last.items()).extracting(CaseView::caseId).containsExactly(overduePetition);
            assertThat(ids(list().sort("caseNumber,asc"))).containsExactly(closedDispute, overduePetition,
                    overdueDispute, freshDispute, freshPetition);
            assertThat(ids(list().sort("lastActivityAt,desc")).get(4)).isEqualTo(closedDispute);
        }

        @Test
        void combines_filters() {
            assertThat(ids(list().kind(CaseKind.DISPUTE).node("SH-FL").overdue(false)))
                    .containsExactlyInAnyOrder(closedDispute, freshDispute);
        }

        @Test
        void leaves_out_the_confidential_cases_a_viewer_may_not_see_and_counts_them_as_withheld() {
            processInBatchesOf(1, List.of(new GenericDomainEventMessage<>("Petition", freshPetition.value(), 1,
                    new CaseMarkedConfidential(freshPetition, "a report against an official", List.of("AUDITOR"),
                            List.of("li.inspector"), days(19), CaseStories.ACTOR), MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), NOW.plusSeconds(1))));

            CasePage officer = projection.handle(list().viewer("zhao.officer", "OFFICER").build());
            assertThat(officer.items()).extracting(CaseView::caseId).doesNotContain(freshPetition).hasSize(4);
            assertThat(officer.total()).isEqualTo(4);
            assertThat(officer.withheld()).isEqualTo(1);
            CasePage auditor = projection.handle(list().viewer("wu.auditor", "AUDITOR", "OFFICER").build());
            assertThat(auditor.items()).extracting(CaseView::caseId).contains(freshPetition);
            assertThat(auditor.total()).isEqualTo(5);
            assertThat(auditor.withheld()).isZero();
            CasePage named = projection.handle(list().viewer("li.inspector", "OFFICER").kind(CaseKind.PETITION)
                    .build());
            assertThat(named.items()).extracting(CaseView::caseId).contains(freshPetition);
            assertThat(named.withheld()).isZero();
            CasePage filtered = projection.handle(list().viewer("zhao.officer", "OFFICER").node("SH-FL").build());
            assertThat(filtered.total()).isEqualTo(3);
            assertThat(filtered.withheld()).as("only confidential cases matching the filters").isZero();
            assertThat(projection.handle(list().build()).withheld()).as("the system itself sees all").isZero();
            assertThat(find(freshPetition).confidential()).isTrue();
        }

        private List<CaseId> ids(ListBuilder query) {
            return projection.handle(query.build()).items().stream().map(CaseView::caseId).toList();
        }
    }

    /**
     * The same queries answered from the in-process list index that the launcher uses, filled as the views are
     * written; and an index filled from stored views answers as MongoDB does.
     */
    @Nested
    class QueriesFromTheListIndex extends Queries {

        QueriesFromTheListIndex() {
            listIndexed = true;
        }

        @BeforeEach
        void indexReady() {
            await().atMost(Duration.ofSeconds(10)).until(store::listIndexReady);
        }

        @Test
        void an_index_filled_from_the_stored_views_answers_every_order_and_filter_as_mongodb_does() {
            CaseViewStore loaded = new CaseViewStore(mongo.template, new CaseListIndexes(mongo.template));
            loaded.prepareList();
            await().atMost(Duration.ofSeconds(10)).until(loaded::listIndexReady);
            CaseViewStore database = new CaseViewStore(mongo.template);
            List<ListCases> queries = new ArrayList<>();
            for (String sort : List.of("receivedAt", "lastActivityAt", "caseNumber")) {
                for (String direction : List.of("asc", "desc")) {
                    for (int page = 0; page < 3; page++) {
                        queries.add(list().sort(sort + "," + direction).page(page, 2).build());
                    }
                }
            }
            queries.add(list().node("SH-FL").overdue(false).build());
            queries.add(list().kind(CaseKind.PETITION).risk(RiskLevel.HIGH).build());
            queries.add(list().received(days(40), days(5)).sort("receivedAt,asc").build());
            queries.add(list().unit(CaseStories.FULI_MEDIATION).officer("zhao.officer").build());
            queries.add(list().status(CaseStatus.CLOSED).viewer("zhao.officer", "OFFICER").build());

            for (ListCases query : queries) {
                assertThat(loaded.list(query)).as(query.toString()).isEqualTo(database.list(query));
            }
        }

        @Test
        void a_view_changed_behind_the_index_is_listed_as_mongodb_has_it_never_as_the_index_had_it() {
            mongo.template.getCollection(CaseViewDocument.COLLECTION).updateOne(
                    new Document("_id", freshDispute.value()),
                    new Document("$set", new Document("status", "CLOSED").append("version", 99L)));

            ListCases query = list().status(CaseStatus.ASSIGNED).build();

            CasePage assigned = projection.handle(query);

            assertThat(assigned.items()).extracting(CaseView::caseId).doesNotContain(freshDispute);
            assertThat(assigned).isEqualTo(new CaseViewStore(mongo.template).list(query));
        }
    }

    private static Instant days(int ago) {
        return NOW.minus(Duration.ofDays(ago));
    }

    private CaseView find(CaseId id) {
        return projection.handle(new FindCase(id));
    }

    private static CaseView folded(List<DomainEventMessage<?>> events) {
        CaseView view = null;
        for (DomainEventMessage<?> event : events) {
            view = CaseViewFold.apply(view, (CaseEvent) event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
        }
        return view;
    }

    private List<CaseView> subscribe(CaseId id) {
        List<CaseView> received = new CopyOnWriteArrayList<>();
        updates.<CaseView>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindCase(id),
                        ResponseTypes.instanceOf(CaseView.class), ResponseTypes.instanceOf(CaseView.class)), 64)
                .getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(received::add);
        return received;
    }

    private void processInBatchesOf(int size, List<? extends EventMessage<?>> events) {
        for (int from = 0; from < events.size(); from += size) {
            process(events.subList(from, Math.min(from + size, events.size())));
        }
    }

    /** One batch, as a streaming processor handles it: a batching unit of work, each event through the handlers. */
    private void process(List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /** The events of several cases, taking one of each in turn, as cases progress side by side. */
    @SafeVarargs
    private static List<DomainEventMessage<?>> interleaved(List<DomainEventMessage<?>>... cases) {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        for (int i = 0; cases.length > 0; i++) {
            boolean any = false;
            for (List<DomainEventMessage<?>> events : cases) {
                if (i < events.size()) {
                    all.add(events.get(i));
                    any = true;
                }
            }
            if (!any) {
                return all;
            }
        }
        return all;
    }

    private static ListBuilder list() {
        return new ListBuilder();
    }

    /** ListCases has fourteen components; tests name only the ones they filter by. */
    private static final class ListBuilder {
        private CaseKind kind;
        private CaseStatus status;
        private Category category;
        private NodeCode node;
        private UnitCode unit;
        private String officer;
        private RiskLevel risk;
        private Boolean overdue;
        private Instant from;
        private Instant to;
        private int page;
        private int size = ListCases.MAX_PAGE_SIZE;
        private CaseSort sort;
        private CaseViewer viewer;

        ListBuilder viewer(String name, String... roles) {
            viewer = new CaseViewer(name, Set.of(roles));
            return this;
        }

        ListBuilder kind(CaseKind value) {
            kind = value;
            return this;
        }

        ListBuilder status(CaseStatus value) {
            status = value;
            return this;
        }

        ListBuilder category(Category value) {
            category = value;
            return this;
        }

        ListBuilder node(String value) {
            node = new NodeCode(value);
            return this;
        }

        ListBuilder unit(UnitCode value) {
            unit = value;
            return this;
        }

        ListBuilder officer(String value) {
            officer = value;
            return this;
        }

        ListBuilder risk(RiskLevel value) {
            risk = value;
            return this;
        }

        ListBuilder overdue(boolean value) {
            overdue = value;
            return this;
        }

        ListBuilder received(Instant fromInclusive, Instant toExclusive) {
            from = fromInclusive;
            to = toExclusive;
            return this;
        }

        ListBuilder page(int number, int pageSize) {
            page = number;
            size = pageSize;
            return this;
        }

        ListBuilder sort(String text) {
            sort = CaseSort.parse(text);
            return this;
        }

        ListCases build() {
            return new ListCases(kind, status, category, node, unit, officer, risk, overdue, from, to, page, size,
                    sort, viewer);
        }
    }

    /** Counts the store's batch reads and writes, and can fail its writes. */
    private static final class CountingStore extends CaseViewStore {
        int reads;
        int writes;
        boolean failWrites;

        CountingStore(MongoFixture mongo, CaseListIndexes lists) {
            super(mongo.template, lists);
        }

        @Override
        Map<String, CaseView> findAll(Collection<String> caseIds) {
            reads++;
            return super.findAll(caseIds);
        }

        @Override
        void saveAll(Collection<CaseView> views) {
            if (failWrites) {
                throw new IllegalStateException("write failed");
            }
            writes++;
            super.saveAll(views);
        }
    }
}
