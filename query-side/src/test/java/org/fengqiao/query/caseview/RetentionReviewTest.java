package org.fengqiao.query.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.personaldata.RetentionSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention job on real dates, in the sub-district's time zone: a petition closed on 1 March 2016 at 09:30 in
 * Shanghai is kept ten years, to 1 March 2026 09:30 there; a withdrawn dispute no longer than it is needed; a
 * resolved dispute three years. The job lists what has ended and erases nothing.
 */
class RetentionReviewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RetentionSchedule SCHEDULE = new RetentionSchedule(Map.of("default", Period.ofYears(10),
            "dispute", Period.ofYears(3), "dispute-withdrawn", Period.ZERO), SHANGHAI);

    private final MongoFixture mongo = new MongoFixture();
    private final CaseViewStore store = new CaseViewStore(mongo.template);

    private final CaseId petition = CaseId.generate();
    private final CaseId withdrawn = CaseId.generate();
    private final CaseId resolved = CaseId.generate();
    private final CaseId open = CaseId.generate();

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private void stored() {
        store.saveAll(List.of(
                view(petition, CaseKind.PETITION, 1, CaseStatus.CLOSED, shanghai("2016-03-01T09:30"),
                        Outcome.RESOLVED),
                view(withdrawn, CaseKind.DISPUTE, 2, CaseStatus.CLOSED, shanghai("2026-02-27T16:00"),
                        Outcome.WITHDRAWN),
                view(resolved, CaseKind.DISPUTE, 3, CaseStatus.CLOSED, shanghai("2023-02-28T23:59"),
                        Outcome.RESOLVED),
                view(open, CaseKind.PETITION, 4, CaseStatus.IN_PROGRESS, null, null)));
    }

    private List<CaseId> listedAt(String shanghaiTime) {
        Clock clock = Clock.fixed(shanghai(shanghaiTime), SHANGHAI);
        return new RetentionReview(store, SCHEDULE, clock).list().items().stream()
                .map(RetentionReview.Ended::caseId).toList();
    }

    @Test
    void lists_each_closed_case_once_its_period_has_ended_counted_in_shanghai() {
        stored();
        assertThat(listedAt("2026-02-27T15:59")).isEmpty();
        assertThat(listedAt("2026-02-27T16:00")).as("a withdrawn dispute at once").containsExactly(withdrawn);
        assertThat(listedAt("2026-02-28T23:58")).containsExactly(withdrawn);
        assertThat(listedAt("2026-02-28T23:59")).as("three years to the minute")
                .containsExactly(withdrawn, resolved);
        assertThat(listedAt("2026-03-01T09:29")).containsExactly(withdrawn, resolved);
        assertThat(listedAt("2026-03-01T09:30")).as("ten years, the petition archives' short term")
                .containsExactly(withdrawn, resolved, petition);
    }

    @Test
    void says_when_and_why_and_erases_nothing() {
        stored();
        RetentionReview.Listing listing = new RetentionReview(store, SCHEDULE,
                Clock.fixed(shanghai("2026-03-02T00:00"), SHANGHAI)).list();
        RetentionReview.Ended first = listing.items().get(2);
        assertThat(first.caseId()).isEqualTo(petition);
        assertThat(first.caseNumber()).isEqualTo(new CaseNumber("SH-2016-000001"));
        assertThat(first.retention()).isEqualTo(Period.ofYears(10));
        assertThat(first.closedAt()).isEqualTo(shanghai("2016-03-01T09:30"));
        assertThat(first.retentionEndedAt()).isEqualTo(shanghai("2026-03-01T09:30"));
        assertThat(listing.truncated()).isFalse();
        assertThat(store.findAll(List.of(petition.value(), withdrawn.value(), resolved.value(), open.value())))
                .as("every view still there").hasSize(4);
    }

    @Test
    void a_case_reopened_is_open_again_and_drops_off_the_list() {
        stored();
        store.saveAll(List.of(view(petition, CaseKind.PETITION, 1, CaseStatus.IN_PROGRESS, null, null)));
        assertThat(listedAt("2026-03-02T00:00")).doesNotContain(petition);
    }

    private static CaseView view(CaseId id, CaseKind kind, int number, CaseStatus status, Instant closedAt,
            Outcome outcome) {
        return CaseView.builder(id, kind)
                .caseNumber(new CaseNumber("SH-" + (closedAt == null ? 2026 : closedAt.atZone(SHANGHAI).getYear())
                        + "-00000" + number))
                .status(status)
                .jurisdiction(new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-GY"), new NodeCode("SH-GY-G01")))
                .receivedAt(shanghai("2016-01-01T00:00"))
                .closedAt(closedAt)
                .outcome(outcome)
                .version(2)
                .build();
    }
}
