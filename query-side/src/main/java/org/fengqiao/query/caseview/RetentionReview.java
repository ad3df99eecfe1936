package org.fengqiao.query.caseview;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.personaldata.RetentionSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What happens when a closed case's retention period ends (issue 18, PIPL Arts. 47 and 19): the case is listed, not
 * erased. Erasing a person, or destroying the case record, is a decision an administrator takes case by case
 * ({@code POST /api/cases/{id}/data-subjects/{n}/erasure}); this job only says which closed cases have reached the end
 * of the period the {@link RetentionSchedule} gives their kind and outcome, counted from their closure. It runs every
 * {@code fengqiao.personal-data.retention-review-interval} (6 hours) and logs how many there are (never which
 * persons); {@code GET /api/personal-data/retention-ended} answers the list at once. A petition reopened for review
 * is open again and drops off the list until its next closure.
 */
public class RetentionReview {

    /** At most this many cases per answer, those whose period ended first. */
    public static final int MAX_CASES = 1_000;

    private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

    private final CaseViewStore store;
    private final RetentionSchedule schedule;
    private final Clock clock;

    RetentionReview(CaseViewStore store, RetentionSchedule schedule, Clock clock) {
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** A closed case whose retention period has ended: no personal value, only what the decision needs. */
    public record Ended(CaseId caseId, CaseNumber caseNumber, CaseKind kind, Outcome outcome, Instant closedAt,
            Period retention, Instant retentionEndedAt) {
    }

    /** The cases whose period had ended at {@code asOf}, the earliest ended first; {@code truncated} past the cap. */
    public record Listing(Instant asOf, List<Ended> items, boolean truncated) {
    }

    /** The closed cases whose retention period has ended by now. */
    public Listing list() {
        Instant now = clock.instant();
        List<Ended> ended = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            for (Outcome outcome : outcomes()) {
                Period period = schedule.period(kind, outcome);
                // every closure up to this bound may have ended (two days' margin for the zone and the month
                // arithmetic); whether it did is then decided exactly, as erasure decides it
                Instant closedUpTo = now.atOffset(ZoneOffset.UTC).minus(period).plusDays(2).toInstant();
                for (CaseView view : store.closedUpTo(kind, outcome, closedUpTo, MAX_CASES + 1)) {
                    Instant end = schedule.erasableFrom(kind, outcome, view.closedAt());
                    if (!end.isAfter(now)) {
                        ended.add(new Ended(view.caseId(), view.caseNumber(), kind, outcome, view.closedAt(), period,
                                end));
                    }
                }
            }
        }
        ended.sort(Comparator.comparing(Ended::retentionEndedAt).thenComparing(e -> e.caseId().value()));
        boolean truncated = ended.size() > MAX_CASES;
        return new Listing(now, truncated ? List.copyOf(ended.subList(0, MAX_CASES)) : List.copyOf(ended), truncated);
    }

    /** The job: lists what has reached its end, erases nothing. */
    @Scheduled(fixedDelayString = "${fengqiao.personal-data.retention-review-interval:PT6H}",
            initialDelayString = "${fengqiao.personal-data.retention-review-delay:PT1M}")
    public void review() {
        Listing listing = list();
        log.info("Retention review: {}{} closed cases have reached the end of their retention period; see GET "
                + "/api/personal-data/retention-ended (nothing is erased by this job)",
                listing.truncated() ? "more than " : "", listing.items().size());
    }

    /** Every outcome and none (a case closed before outcomes were recorded). */
    private static List<Outcome> outcomes() {
        return Stream.concat(Arrays.stream(Outcome.values()), Stream.of((Outcome) null)).toList();
    }
}
