package org.fengqiao.personaldata;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Outcome;

/**
 * How long a closed case's records, the personal data in them included, are kept before a data subject's erasure is
 * allowed (PIPL Art. 47 and 19: kept for the period the law sets, e.g. the 信访档案 periods). A period per kind and
 * outcome ({@code petition-not-accepted}), else per kind ({@code petition}), else {@code default}; keys are the
 * lower-case names with dashes. Counted from the closure in the sub-district's time zone.
 */
public final class RetentionSchedule {

    /** The period when nothing is configured: ten years, the short term of the petition archives. */
    public static final Period DEFAULT = Period.ofYears(10);

    private final Map<String, Period> periods;
    private final ZoneId zone;

    public RetentionSchedule(Map<String, Period> periods, ZoneId zone) {
        this.periods = new TreeMap<>();
        periods.forEach((key, period) -> {
            if (period.isNegative()) {
                throw new IllegalArgumentException("a retention period cannot be negative: " + key);
            }
            this.periods.put(key.toLowerCase(Locale.ROOT).replace('_', '-'), period);
        });
        this.zone = zone;
    }

    /** The period for a case of {@code kind} closed with {@code outcome} ({@code null}: the kind's). */
    public Period period(CaseKind kind, Outcome outcome) {
        String byKind = name(kind.name());
        Period period = outcome == null ? null : periods.get(byKind + "-" + name(outcome.name()));
        if (period == null) {
            period = periods.get(byKind);
        }
        return period != null ? period : periods.getOrDefault("default", DEFAULT);
    }

    /** When erasure becomes possible for a case closed at {@code closedAt}. */
    public Instant erasableFrom(CaseKind kind, Outcome outcome, Instant closedAt) {
        return closedAt.atZone(zone).plus(period(kind, outcome)).toInstant();
    }

    private static String name(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
