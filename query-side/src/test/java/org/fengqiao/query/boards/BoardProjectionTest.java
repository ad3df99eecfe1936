package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.query.boards.BoardFixture.at;
import static org.fengqiao.query.boards.BoardFixture.daysAgo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.fengqiao.boards.BoardFigures;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.NodeLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BoardProjectionTest {

    private final BoardFixture fixture = new BoardFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A petition resolved in Fuli grid 3, an escalated high-risk dispute in Fuli grid 1, a new dispute in Guoyuan. */
    private static List<DomainEventMessage<?>> smallLifecycle() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.addAll(CaseStream.petition("SH-FL-G03", "PROPERTY", at("07-01"))
                                .accepted(at("07-01"))
                                .assigned(Level.COMMUNITY, at("07-02"))
                                .meeting(MeetingType.THREE_PARTY_MEETING, at("07-03"))
                                .note(at("07-04"))
                                .agreed(at("07-05"))
                                .closed(Outcome.RESOLVED, Satisfaction.SATISFIED, Level.COMMUNITY, at("07-10"))
                                .messages());
        events.addAll(CaseStream.dispute("SH-FL-G01", "NEIGHBOUR", at("07-02"))
                                .assigned(Level.COMMUNITY, at("07-02"))
                                .escalated(Level.COMMUNITY, Level.SUB_DISTRICT, at("07-06"))
                                .risk(RiskLevel.LOW, RiskLevel.HIGH, at("07-06"))
                                .messages());
        events.addAll(CaseStream.dispute("SH-GY-G01", "FAMILY", at("07-12")).messages());
        return events;
    }

    @Nested
    class Deadlines_and_risk {

        @Test
        void counts_due_soon_past_deadline_and_high_risk_open_cases_until_they_leave_those_states() throws Exception {
            Instant due = at("07-16");
            CaseStream soon = CaseStream.petition("SH-C5-G01", "PROPERTY", at("07-01"))
                    .deadline("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, due, at("07-01"))
                    .reminded("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, due);
            CaseStream late = CaseStream.dispute("SH-C5-G02", "NEIGHBOUR", at("07-01"))
                    .deadline("HANDLING-1", TimeLimit.HANDLING, due, at("07-01"))
                    .reminded("HANDLING-1", TimeLimit.HANDLING, due)
                    .missed("HANDLING-1", TimeLimit.HANDLING, due)
                    .escalated(Level.GRID, Level.COMMUNITY, due)
                    .risk(RiskLevel.LOW, RiskLevel.CRITICAL, due);
            CaseStream met = CaseStream.petition("SH-C5-G02", "PROPERTY", at("07-01"))
                    .deadline("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, due, at("07-01"))
                    .reminded("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, due)
                    .met("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, due, at("07-14"));
            List<DomainEventMessage<?>> events = new ArrayList<>(soon.messages());
            events.addAll(late.messages());
            events.addAll(met.messages());
            fixture.deliver(events);

            BoardFigures community = fixture.board("SH-C5").figures();
            assertThat(community.open().dueSoon()).isEqualTo(1);
            assertThat(community.open().pastDeadline()).isEqualTo(1);
            assertThat(community.open().highRisk()).isEqualTo(1);
            assertThat(fixture.board("SH-C5-G02").figures().open().pastDeadline()).isEqualTo(1);
            assertThat(fixture.board("SH-C5-G01").figures().open().dueSoon()).isEqualTo(1);

            // a redelivery changes nothing; closing the late case takes it off every open figure
            fixture.deliver(late.messages());
            assertThat(fixture.board("SH-C5").figures().open().pastDeadline()).isEqualTo(1);
            fixture.deliver(late.closed(Outcome.WITHDRAWN, null, Level.COMMUNITY, at("07-20")).messages());
            BoardFigures after = fixture.board("SH-C5").figures();
            assertThat(after.open().pastDeadline()).isZero();
            assertThat(after.open().highRisk()).isZero();
            assertThat(after.open().dueSoon()).isEqualTo(1);
        }
    }

    @Nested
    class Group_petitions {

        @Test
        void counts_open_group_petitions_until_they_close() throws Exception {
            CaseStream group = CaseStream.groupPetition("SH-C5-G01", "CONSTRUCTION", at("07-01"), 5, 42)
                    .risk(RiskLevel.LOW, RiskLevel.HIGH, at("07-01"));
            CaseStream named = CaseStream.groupPetition("SH-C5-G02", "PROPERTY", at("07-01"), 5, 5);
            CaseStream small = CaseStream.groupPetition("SH-C5-G02", "PROPERTY", at("07-01"), 1, 4);
            List<DomainEventMessage<?>> events = new ArrayList<>(group.messages());
            events.addAll(named.messages());
            events.addAll(small.messages());
            fixture.deliver(events);

            assertThat(fixture.board("SH-C5").figures().open().groupCases()).isEqualTo(2);
            assertThat(fixture.board("SH-C5-G02").figures().open().groupCases()).isEqualTo(1);
            assertThat(fixture.board("SH-C5").figures().open().highRisk()).isEqualTo(1);

            fixture.deliver(group.messages());
            assertThat(fixture.board("SH-C5").figures().open().groupCases()).isEqualTo(2);
            fixture.deliver(group.closed(Outcome.WITHDRAWN, null, Level.GRID, at("07-20")).messages());
            assertThat(fixture.board("SH-C5").figures().open().groupCases()).isEqualTo(1);
            assertThat(fixture.board("SH-C5-G01").figures().open().groupCases()).isZero();
        }
    }

    @Nested
    class Supervision {

        @Test
        void the_resolution_level_leaves_out_escalations_that_a_missed_limit_caused() throws Exception {
            Instant due = at("07-10");
            List<DomainEventMessage<?>> events = new ArrayList<>();
            // stored before misses were chased: the miss moved the case up, but it was handled in the community
            events.addAll(CaseStream.dispute("SH-GY-G02", "LAND", at("07-01"))
                                    .assigned(Level.COMMUNITY, at("07-01"))
                                    .missed("HANDLING-1", TimeLimit.HANDLING, due)
                                    .escalatedByMiss(Level.COMMUNITY, Level.SUB_DISTRICT, due)
                                    .agreed(at("07-12"))
                                    .closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT, at("07-13")).messages());
            // a decision to escalate counts, miss or no miss
            events.addAll(CaseStream.dispute("SH-GY-G02", "LAND", at("07-01"))
                                    .missed("HANDLING-1", TimeLimit.HANDLING, due)
                                    .escalated(Level.GRID, Level.SUB_DISTRICT, due)
                                    .agreed(at("07-12"))
                                    .closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT, at("07-13")).messages());
            // handed to a sub-district unit after the miss's escalation: handled there
            events.addAll(CaseStream.dispute("SH-GY-G02", "LAND", at("07-01"))
                                    .missed("HANDLING-1", TimeLimit.HANDLING, due)
                                    .escalatedByMiss(Level.GRID, Level.COMMUNITY, due)
                                    .reassigned(Level.SUB_DISTRICT, at("07-11"))
                                    .agreed(at("07-12"))
                                    .closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT, at("07-13")).messages());
            fixture.deliver(events);

            BoardFigures figures = fixture.board("SH-GY").figures();
            assertThat(figures.resolution().resolved()).isEqualTo(3);
            assertThat(figures.resolution().communityOrBelow().count()).isEqualTo(1);
            assertThat(figures.resolution().subDistrict().count()).isEqualTo(2);
            assertThat(figures.open().escalated()).isZero();
        }

        @Test
        void counts_open_orders_per_unit_and_overdue_feedback_until_the_feedback_or_the_closure() throws Exception {
            Instant due = at("07-20");
            CaseStream late = CaseStream.dispute("SH-GY-G04", "LAND", at("07-01"))
                    .missed("HANDLING-1", TimeLimit.HANDLING, at("07-10"))
                    .urged("HANDLING-1", at("07-10"))
                    .ordered("ORDER-1", "SH-TASKFORCE", due, at("07-13"))
                    .feedbackOverdue("ORDER-1", due)
                    .ordered("ORDER-2", null, at("07-30"), at("07-21"));
            CaseStream answered = CaseStream.dispute("SH-GY-G04", "LAND", at("07-01"))
                    .ordered("ORDER-1", "SH-TASKFORCE", due, at("07-13"))
                    .feedback("ORDER-1", at("07-15"));
            CaseStream closed = CaseStream.dispute("SH-GY-G05", "LAND", at("07-01"))
                    .ordered("ORDER-1", "SH-GY-MEDIATION", due, at("07-13"))
                    .feedbackOverdue("ORDER-1", due)
                    .closed(Outcome.WITHDRAWN, null, Level.GRID, at("07-22"));
            List<DomainEventMessage<?>> events = new ArrayList<>(late.messages());
            events.addAll(answered.messages());
            events.addAll(closed.messages());
            fixture.deliver(events);

            BoardFigures community = fixture.board("SH-GY").figures();
            assertThat(community.open().supervisionOrders()).isEqualTo(2);
            assertThat(community.open().supervisionOrdersByUnit())
                    .isEqualTo(Map.of("SH-TASKFORCE", 1L, "NONE", 1L));
            assertThat(community.open().feedbackOverdue()).isEqualTo(1);
            assertThat(fixture.board("SH-GY-G05").figures().open().supervisionOrders()).isZero();

            // a redelivery changes nothing; the late feedback takes the order off both figures
            fixture.deliver(late.messages());
            assertThat(fixture.board("SH-GY").figures().open().supervisionOrders()).isEqualTo(2);
            fixture.deliver(late.feedback("ORDER-1", at("07-23")).messages());
            BoardFigures after = fixture.board("SH-GY").figures();
            assertThat(after.open().supervisionOrders()).isEqualTo(1);
            assertThat(after.open().supervisionOrdersByUnit()).isEqualTo(Map.of("NONE", 1L));
            assertThat(after.open().feedbackOverdue()).isZero();
        }
    }

    @Nested
    class Follow_ups {

        @Test
        void counts_closures_due_for_a_follow_up_those_followed_up_their_satisfaction_and_rework() throws Exception {
            CaseStream reworked = CaseStream.dispute("SH-FL-G01", "NEIGHBOUR", at("07-01"))
                    .assigned(Level.COMMUNITY, at("07-01"))
                    .closed(Outcome.RESOLVED, Satisfaction.SATISFIED, Level.COMMUNITY, at("07-05"))
                    .followedUp(Satisfaction.DISSATISFIED, true, at("07-08"))
                    .followedUp(Satisfaction.BASICALLY_SATISFIED, false, at("07-08"))
                    .reworked(Level.COMMUNITY, at("07-09"));
            CaseStream failed = CaseStream.dispute("SH-FL-G01", "NEIGHBOUR", at("07-01"))
                    .closed(Outcome.MEDIATION_FAILED, null, Level.GRID, at("07-06"))
                    .followedUp(Satisfaction.SATISFIED, true, at("07-10"));
            CaseStream withdrawn = CaseStream.dispute("SH-FL-G03", "NEIGHBOUR", at("07-01"))
                    .closed(Outcome.WITHDRAWN, null, Level.GRID, at("07-06"));
            List<DomainEventMessage<?>> events = new ArrayList<>(reworked.messages());
            events.addAll(failed.messages());
            events.addAll(withdrawn.messages());
            fixture.deliver(events);

            BoardFigures figures = fixture.board("SH-FL").figures();
            assertThat(figures.followUp().due()).isEqualTo(2);
            assertThat(figures.followUp().followedUp()).isEqualTo(2);
            assertThat(figures.followUp().rate()).isEqualTo(1.0);
            assertThat(figures.followUp().followUps()).isEqualTo(3);
            assertThat(figures.followUp().satisfaction()).containsEntry(Satisfaction.DISSATISFIED, 1L)
                    .containsEntry(Satisfaction.BASICALLY_SATISFIED, 1L).containsEntry(Satisfaction.SATISFIED, 1L);
            assertThat(figures.followUp().satisfactionRate()).isEqualTo(2.0 / 3);
            assertThat(figures.followUp().reworked()).isEqualTo(1);
            // the rework reopens the case: open again until it closes a second time, due for a follow-up again
            assertThat(figures.open().total()).isEqualTo(1);
            assertThat(figures.satisfaction()).containsEntry(Satisfaction.SATISFIED, 1L);

            fixture.deliver(reworked.messages());
            assertThat(fixture.board("SH-FL").figures().followUp().followUps()).isEqualTo(3);
            fixture.deliver(reworked.closed(Outcome.RESOLVED, null, Level.COMMUNITY, at("07-12")).messages());
            BoardFigures after = fixture.board("SH-FL").figures();
            assertThat(after.followUp().due()).isEqualTo(3);
            assertThat(after.followUp().rate()).isEqualTo(2.0 / 3);
            assertThat(after.open().total()).isZero();
            assertThat(fixture.board("SH-FL-G03").figures().followUp().due()).isZero();
        }
    }

    @Nested
    class Counting {

        @Test
        void counts_a_small_lifecycle_at_grid_community_and_sub_district() throws Exception {
            fixture.deliver(smallLifecycle());

            BoardFigures grid = fixture.board("SH-FL-G03").figures();
            assertThat(grid.received()).isEqualTo(1);
            assertThat(grid.closed()).isEqualTo(1);
            assertThat(grid.open().total()).isZero();
            assertThat(grid.meetings()).containsEntry(MeetingType.THREE_PARTY_MEETING, 1L);
            assertThat(grid.agreements()).isEqualTo(1);
            assertThat(grid.satisfaction()).containsEntry(Satisfaction.SATISFIED, 1L);
            assertThat(grid.closedByOutcome()).containsEntry(Outcome.RESOLVED, 1L);
            assertThat(grid.medianDaysToClose()).isEqualTo(9.0);

            BoardFigures fuli = fixture.board("SH-FL").figures();
            assertThat(fuli.received()).isEqualTo(2);
            assertThat(fuli.closed()).isEqualTo(1);
            assertThat(fuli.open().total()).isEqualTo(1);
            assertThat(fuli.open().byStatus()).containsEntry(CaseStatus.ASSIGNED, 1L)
                                              .containsEntry(CaseStatus.RECEIVED, 0L);
            assertThat(fuli.open().byRisk()).containsEntry(RiskLevel.HIGH, 1L).containsEntry(RiskLevel.LOW, 0L);
            assertThat(fuli.open().byCategory()).containsExactly(Map.entry("NEIGHBOUR", 1L));
            assertThat(fuli.open().escalated()).isEqualTo(1);

            BoardFigures saihan = fixture.board("SH").figures();
            assertThat(saihan.received()).isEqualTo(3);
            assertThat(saihan.closed()).isEqualTo(1);
            assertThat(saihan.open().total()).isEqualTo(2);
            assertThat(saihan.open().byKind()).containsEntry(CaseKind.DISPUTE, 2L).containsEntry(CaseKind.PETITION, 0L);
            assertThat(saihan.open().byStatus()).containsEntry(CaseStatus.ASSIGNED, 1L)
                                                .containsEntry(CaseStatus.RECEIVED, 1L)
                                                .doesNotContainKey(CaseStatus.CLOSED);
            assertThat(saihan.open().byCategory()).containsOnlyKeys("NEIGHBOUR", "FAMILY");
            assertThat(saihan.open().overdue()).isZero();
            assertThat(saihan.resolution().resolved()).isEqualTo(1);
            assertThat(saihan.resolution().communityOrBelow().count()).isEqualTo(1);
            assertThat(saihan.resolution().communityOrBelow().share()).isEqualTo(1.0);
            assertThat(saihan.resolution().passedUp().share()).isEqualTo(0.0);
        }

        @Test
        void keeps_the_counters_of_a_community_and_its_grids_in_one_document() throws Exception {
            fixture.deliver(smallLifecycle());

            Document fuli = fixture.stock("SH-FL");
            Document own = fuli.get("own", Document.class);
            assertThat(own.getLong("open")).isEqualTo(1);
            assertThat(own.get("byStatus", Document.class)).isEqualTo(new Document("ASSIGNED", 1L));
            assertThat(own).doesNotContainKey("openSince");
            Document grids = fuli.get("children", Document.class);
            // the closed petition's grid has nothing open: its counters fell to zero and were removed
            assertThat(grids.keySet()).containsExactly("SH-FL-G01");
            assertThat(fixture.stock("SH-FL-G01")).isNull();
            assertThat(fixture.stock("SH").get("children", Document.class).keySet())
                    .containsExactlyInAnyOrder("SH-FL", "SH-GY");

            Document closedDay = fixture.database.getCollection(FlowDocument.COLLECTION)
                                                 .find(new Document("_id", "SH-FL|2026-07-10")).first();
            assertThat(closedDay.get("own", Document.class))
                    .containsEntry("closed", 1L)
                    .containsEntry("daysToClose", new Document("9", 1L))
                    .containsEntry("resolvedAt", new Document("COMMUNITY", 1L));
            assertThat(closedDay.get("children", Document.class).get("SH-FL-G03", Document.class))
                    .containsEntry("closed", 1L);
            assertThat(fixture.database.getCollection(BoardCase.COLLECTION).countDocuments()).isEqualTo(3);
            assertThat(fixture.database.getCollection(BoardStore.JOURNAL).countDocuments()).isZero();
        }

        @Test
        void counts_nothing_for_events_of_a_case_whose_intake_it_never_saw() throws Exception {
            fixture.deliver(CaseStream.dispute("SH-FL-G01", "FAMILY", at("07-01"))
                                      .assigned(Level.COMMUNITY, at("07-02")).messages().subList(1, 2));

            assertThat(fixture.board("SH").figures().open().total()).isZero();
            assertThat(fixture.snapshot().get(BoardCase.COLLECTION)).isEmpty();
        }

        @Test
        void counts_open_cases_past_a_missed_limit_as_overdue_whatever_their_age() throws Exception {
            Instant due = daysAgo(5);
            List<DomainEventMessage<?>> events = new ArrayList<>();
            // old but within its limit: not overdue (overdue was once an age in days)
            events.addAll(CaseStream.petition("SH-JH-G01", "LAND", daysAgo(90))
                                    .deadline("ACCEPTANCE-1", TimeLimit.ACCEPTANCE, daysAgo(-5), daysAgo(90))
                                    .messages());
            events.addAll(CaseStream.dispute("SH-JH-G01", "LAND", daysAgo(10))
                                    .deadline("HANDLING-1", TimeLimit.HANDLING, due, daysAgo(10))
                                    .missed("HANDLING-1", TimeLimit.HANDLING, due).messages());
            // a missed check-in is not a missed time limit of the case
            events.addAll(CaseStream.dispute("SH-JH-G01", "LAND", daysAgo(10))
                                    .deadline("CHECK_IN-1", TimeLimit.CHECK_IN, due, daysAgo(10))
                                    .missed("CHECK_IN-1", TimeLimit.CHECK_IN, due).messages());
            events.addAll(CaseStream.dispute("SH-JH-G01", "LAND", daysAgo(90))
                                    .deadline("HANDLING-1", TimeLimit.HANDLING, due, daysAgo(90))
                                    .missed("HANDLING-1", TimeLimit.HANDLING, due)
                                    .closed(Outcome.WITHDRAWN, null, Level.GRID, daysAgo(1)).messages());
            fixture.deliver(events);

            BoardFigures figures = fixture.board("SH-JH").figures();
            assertThat(figures.open().total()).isEqualTo(3);
            assertThat(figures.open().overdue()).isEqualTo(1).isEqualTo(figures.open().pastDeadline());
        }
    }

    @Nested
    class Idempotency {

        @Test
        void a_redelivered_batch_changes_nothing() throws Exception {
            List<DomainEventMessage<?>> events = smallLifecycle();
            fixture.deliver(events);
            Map<String, List<Document>> once = fixture.snapshot();

            fixture.deliver(events);
            fixture.deliverInBatches(events, 4);

            assertThat(fixture.snapshot()).isEqualTo(once);
        }

        @Test
        void a_batch_that_overlaps_the_last_one_counts_only_its_new_events() throws Exception {
            List<DomainEventMessage<?>> events = smallLifecycle();
            fixture.deliver(events);
            Map<String, List<Document>> expected = fixture.snapshot();

            try (BoardFixture other = new BoardFixture()) {
                other.deliver(events.subList(0, 9));
                other.deliver(events.subList(5, events.size()));
                assertThat(other.snapshot()).isEqualTo(expected);
            }
        }

        @Test
        void a_crash_between_two_collections_is_completed_from_the_journal() throws Exception {
            List<DomainEventMessage<?>> events = smallLifecycle();
            fixture.deliver(events);
            Map<String, List<Document>> expected = fixture.snapshot();

            try (BoardFixture crashing = new BoardFixture(CrashingStore::new)) {
                assertThatThrownBy(() -> crashing.deliver(events)).hasMessageContaining("crash");
                assertThat(crashing.snapshot().get(BoardStore.JOURNAL)).hasSize(1);
                assertThat(crashing.snapshot().get(BoardCase.COLLECTION)).isEmpty();

                // a restarted process: a new projection over the same database, the same batch again
                BoardProjection restarted = new BoardProjection(new BoardStore(crashing.database), crashing.reader,
                        crashing.updates, crashing.settings);
                BoardFixture.deliverWith(restarted, events);

                assertThat(crashing.snapshot()).isEqualTo(expected);
            }
        }

        @Test
        void a_rebuild_from_scratch_gives_identical_documents() throws Exception {
            List<DomainEventMessage<?>> events = randomCases(new Random(7), 150);
            fixture.deliverInBatches(events, 37);
            Map<String, List<Document>> incremental = fixture.snapshot();

            fixture.projection.reset();
            assertThat(fixture.snapshot().values()).allSatisfy(documents -> assertThat(documents).isEmpty());
            fixture.deliver(events);

            assertThat(fixture.snapshot()).isEqualTo(incremental);
        }
    }

    @Nested
    class Figures {

        @Test
        void each_count_of_a_node_is_the_sum_over_its_breakdown() throws Exception {
            fixture.deliverInBatches(randomCases(new Random(11), 300), 100);

            for (String node : List.of("SH", "SH-FL", "SH-V1")) {
                BoardView board = fixture.board(node);
                assertThat(board.breakdown()).extracting(NodeBoard::node).extracting(Object::toString)
                                             .containsExactlyElementsOf(CaseStream.TREE.children(board.node())
                                                     .stream().map(n -> n.code().value()).toList());
                assertThat(countsOf(board.figures())).isEqualTo(sumOfCounts(board.breakdown()));
                assertThat(board.figures().received()).isPositive();
            }
        }

        @Test
        void a_grid_has_no_breakdown() throws Exception {
            assertThat(fixture.board("SH-FL-G03").breakdown()).isEmpty();
            assertThat(fixture.board("SH-FL-G03").level()).isEqualTo(NodeLevel.GRID);
        }

        @Test
        void computes_the_median_days_to_close_and_the_fengqiao_shares() throws Exception {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            events.addAll(closedAfter(2, Outcome.RESOLVED, Level.GRID));
            events.addAll(closedAfter(5, Outcome.RESOLVED, Level.COMMUNITY));
            events.addAll(closedAfter(9, Outcome.RESOLVED, Level.SUB_DISTRICT));
            events.addAll(closedAfter(20, Outcome.RESOLVED, Level.DISTRICT));
            events.addAll(closedAfter(1, Outcome.WITHDRAWN, Level.GRID));
            fixture.deliver(events);

            BoardFigures figures = fixture.board("SH").figures();
            assertThat(figures.closed()).isEqualTo(5);
            assertThat(figures.medianDaysToClose()).isEqualTo(5.0);
            assertThat(figures.resolution().resolved()).isEqualTo(4);
            assertThat(figures.resolution().communityOrBelow().count()).isEqualTo(2);
            assertThat(figures.resolution().communityOrBelow().share()).isEqualTo(0.5);
            assertThat(figures.resolution().subDistrict().share()).isEqualTo(0.25);
            assertThat(figures.resolution().passedUp().count()).isEqualTo(1);
            assertThat(figures.resolution().passedUp().share()).isEqualTo(0.25);
        }

        @Test
        void takes_the_mean_of_the_two_middle_values_for_an_even_count() {
            assertThat(BoardReader.median(Map.of(2L, 1L, 5L, 1L, 9L, 1L, 20L, 1L))).isEqualTo(7.0);
            assertThat(BoardReader.median(Map.of(3L, 4L))).isEqualTo(3.0);
            assertThat(BoardReader.median(Map.of())).isNull();
        }

        @Test
        void has_no_shares_when_nothing_was_resolved() {
            BoardFigures figures = fixture.board("SH").figures();
            assertThat(figures.resolution().communityOrBelow().share()).isNull();
            assertThat(figures.medianDaysToClose()).isNull();
        }

        private List<DomainEventMessage<?>> closedAfter(int days, Outcome outcome, Level level) {
            return CaseStream.dispute("SH-C4-G01", "LABOUR", daysAgo(days + 1))
                             .closed(outcome, Satisfaction.BASICALLY_SATISFIED, level, daysAgo(1)).messages();
        }
    }

    /** Counts that must add up over a breakdown (everything but the median and the shares). */
    private static Map<String, Long> countsOf(BoardFigures f) {
        Map<String, Long> counts = new HashMap<>();
        counts.put("received", f.received());
        counts.put("closed", f.closed());
        counts.put("agreements", f.agreements());
        counts.put("open", f.open().total());
        counts.put("overdue", f.open().overdue());
        counts.put("escalated", f.open().escalated());
        counts.put("resolved", f.resolution().resolved());
        counts.put("communityOrBelow", f.resolution().communityOrBelow().count());
        counts.put("subDistrict", f.resolution().subDistrict().count());
        counts.put("passedUp", f.resolution().passedUp().count());
        f.open().byStatus().forEach((k, v) -> counts.put("status." + k, v));
        f.open().byKind().forEach((k, v) -> counts.put("kind." + k, v));
        f.open().byCategory().forEach((k, v) -> counts.put("category." + k, v));
        f.open().byRisk().forEach((k, v) -> counts.put("risk." + k, v));
        f.closedByOutcome().forEach((k, v) -> counts.put("outcome." + k, v));
        f.meetings().forEach((k, v) -> counts.put("meeting." + k, v));
        f.satisfaction().forEach((k, v) -> counts.put("satisfaction." + k, v));
        return counts;
    }

    private static Map<String, Long> sumOfCounts(List<NodeBoard> breakdown) {
        Map<String, Long> sum = new HashMap<>();
        breakdown.forEach(line -> countsOf(line.figures()).forEach((k, v) -> sum.merge(k, v, Long::sum)));
        return sum;
    }

    /**
     * {@code count} cases in random grids with random lifecycles over the last 40 days, the events of all cases
     * interleaved in time order as the event store would deliver them.
     */
    static List<DomainEventMessage<?>> randomCases(Random random, int count) {
        List<JurisdictionNode> grids = CaseStream.TREE.nodes().stream()
                                                      .filter(n -> n.level() == NodeLevel.GRID).toList();
        List<String> categories = List.of("PROPERTY", "NEIGHBOUR", "FAMILY", "LABOUR");
        List<List<DomainEventMessage<?>>> streams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String grid = grids.get(random.nextInt(grids.size())).code().value();
            String category = categories.get(random.nextInt(categories.size()));
            int start = 40 - random.nextInt(40);
            boolean petition = random.nextBoolean();
            CaseStream stream = petition ? CaseStream.petition(grid, category, daysAgo(start))
                    : CaseStream.dispute(grid, category, daysAgo(start));
            int day = start;
            if (petition) {
                stream.accepted(daysAgo(day));
            }
            int steps = random.nextInt(6);
            Level level = Level.COMMUNITY;
            if (steps > 0) {
                stream.assigned(level, daysAgo(day));
            }
            for (int step = 1; step < steps; step++) {
                day = Math.max(0, day - random.nextInt(4));
                switch (random.nextInt(5)) {
                    case 0 -> stream.meeting(MeetingType.values()[random.nextInt(4)], daysAgo(day));
                    case 1 -> stream.risk(RiskLevel.LOW, RiskLevel.HIGH, daysAgo(day));
                    case 2 -> {
                        stream.escalated(level, Level.SUB_DISTRICT, daysAgo(day));
                        level = Level.SUB_DISTRICT;
                    }
                    case 3 -> stream.note(daysAgo(day));
                    default -> stream.agreed(daysAgo(day));
                }
            }
            if (steps >= 3) {
                stream.closed(random.nextBoolean() ? Outcome.RESOLVED : Outcome.WITHDRAWN,
                        Satisfaction.values()[random.nextInt(3)], level, daysAgo(Math.max(0, day - 1)));
            }
            streams.add(stream.messages());
        }
        // interleave: repeatedly take the next event of a random case, keeping each case's own order
        List<DomainEventMessage<?>> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>(Collections.nCopies(streams.size(), 0));
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            remaining.add(i);
        }
        while (!remaining.isEmpty()) {
            int pick = random.nextInt(remaining.size());
            int stream = remaining.get(pick);
            int position = positions.get(stream);
            events.add(streams.get(stream).get(position));
            positions.set(stream, position + 1);
            if (position + 1 == streams.get(stream).size()) {
                remaining.remove(pick);
            }
        }
        return events;
    }

    /** Fails the first write after the stock collection, as a crash between two bulk writes would. */
    static final class CrashingStore extends BoardStore {

        private boolean crashed;

        CrashingStore(com.mongodb.client.MongoDatabase database) {
            super(database);
        }

        @Override
        void replaceAll(Map<String, List<Document>> imagesByCollection) {
            if (crashed) {
                super.replaceAll(imagesByCollection);
                return;
            }
            crashed = true;
            replace(StockDocument.COLLECTION, imagesByCollection.get(StockDocument.COLLECTION));
            throw new IllegalStateException("simulated crash after the stock documents");
        }
    }

    @SuppressWarnings("unused")
    private static List<EventMessage<?>> asEvents(List<DomainEventMessage<?>> events) {
        return new ArrayList<>(events);
    }
}
