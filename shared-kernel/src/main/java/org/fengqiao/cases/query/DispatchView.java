package org.fengqiao.cases.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.ContributionWaived;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSignOverdue;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;

/**
 * A case's dispatch (分流交办) as the case view shows it ({@link CaseView#dispatch()}, {@code null} for a case never
 * dispatched): the lead unit and co-units of the standing dispatch, where each unit named stands
 * ({@link DispatchStanding}), which co-units reported their part or were waived, the time to sign by and the units
 * marked unsigned-overdue at it. {@code awaitingRedispatch}: the lead unit's return was approved and the case waits to
 * be dispatched again ({@code leadUnit} is then {@code null} and {@code units} holds the unit that returned it).
 * {@code rounds}: how many times the case was dispatched. Units are in the order the dispatch named them. An objection
 * to an assignment ({@code AssignmentObjected}) is the assigned unit's return request: a case not dispatched then
 * shows a dispatch to that unit alone, awaiting the decision.
 */
public record DispatchView(
        UnitCode leadUnit,
        List<UnitCode> coUnits,
        Map<UnitCode, DispatchStanding> units,
        Set<UnitCode> reported,
        Set<UnitCode> waived,
        Instant signBy,
        Set<UnitCode> signOverdue,
        boolean awaitingRedispatch,
        int rounds) {

    private static final Comparator<UnitCode> BY_CODE = Comparator.comparing(UnitCode::value);

    public DispatchView {
        coUnits = Values.listOf(coUnits);
        units = units == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(units));
        reported = sorted(reported);
        waived = sorted(waived);
        signOverdue = sorted(signOverdue);
    }

    /**
     * The dispatch after {@code event}; {@code before} itself for events that do not concern it ({@code before} is
     * {@code null} until the first dispatch).
     */
    public static DispatchView after(DispatchView before, CaseEvent event) {
        if (event instanceof CaseDispatched e) {
            Map<UnitCode, DispatchStanding> named = new LinkedHashMap<>();
            named.put(e.leadUnit(), DispatchStanding.TO_SIGN);
            e.coUnits().forEach(unit -> named.put(unit, DispatchStanding.TO_SIGN));
            return new DispatchView(e.leadUnit(), e.coUnits(), named, Set.of(), Set.of(),
                    e.signBy() == null ? null : e.signBy().truncatedTo(ChronoUnit.MILLIS), Set.of(), false,
                    before == null ? 1 : before.rounds + 1);
        }
        if (event instanceof AssignmentObjected e) {
            // an objection is the assigned unit's return request; without a dispatch standing, the assignment counts
            // as a dispatch to that unit alone
            if (before == null || before.leadUnit == null) {
                return new DispatchView(e.unit(), List.of(), Map.of(e.unit(), DispatchStanding.RETURN_REQUESTED),
                        Set.of(), Set.of(), null, Set.of(), false, before == null ? 1 : Math.max(1, before.rounds));
            }
            Map<UnitCode, DispatchStanding> named = new LinkedHashMap<>(before.units);
            named.put(e.unit(), DispatchStanding.RETURN_REQUESTED);
            return new DispatchView(before.leadUnit, before.coUnits, named, before.reported, before.waived,
                    before.signBy, before.signOverdue, before.awaitingRedispatch, before.rounds);
        }
        if (before == null) {
            return null;
        }
        if (event instanceof DispatchSigned e) {
            return before.standing(e.unit(), DispatchStanding.SIGNED);
        } else if (event instanceof DispatchReturnRequested e) {
            return before.standing(e.unit(), DispatchStanding.RETURN_REQUESTED);
        } else if (event instanceof DispatchReturnDecided e) {
            if (e.decision() == ReturnDecision.REFUSE) {
                return before.standing(e.unit(), DispatchStanding.SIGNED);
            }
            if (e.unit().equals(before.leadUnit)) {
                return new DispatchView(null, List.of(), Map.of(e.unit(), DispatchStanding.RETURNED), Set.of(),
                        Set.of(), null, Set.of(), true, before.rounds);
            }
            return before.standing(e.unit(), DispatchStanding.RETURNED);
        } else if (event instanceof ContributionReported e) {
            return new DispatchView(before.leadUnit, before.coUnits, before.units, plus(before.reported, e.unit()),
                    before.waived, before.signBy, before.signOverdue, before.awaitingRedispatch, before.rounds);
        } else if (event instanceof ContributionWaived e) {
            return new DispatchView(before.leadUnit, before.coUnits, before.units, before.reported,
                    plus(before.waived, e.unit()), before.signBy, before.signOverdue, before.awaitingRedispatch,
                    before.rounds);
        } else if (event instanceof DispatchSignOverdue e) {
            Set<UnitCode> overdue = new TreeSet<>(BY_CODE);
            overdue.addAll(before.signOverdue);
            e.units().stream().filter(unit -> before.units.get(unit) == DispatchStanding.TO_SIGN)
                    .forEach(overdue::add);
            return new DispatchView(before.leadUnit, before.coUnits, before.units, before.reported, before.waived,
                    before.signBy, overdue, before.awaitingRedispatch, before.rounds);
        }
        return before;
    }

    /** The units named with this standing, in the dispatch's order. */
    public List<UnitCode> unitsStanding(DispatchStanding standing) {
        return units.entrySet().stream().filter(entry -> entry.getValue() == standing).map(Map.Entry::getKey)
                .toList();
    }

    /** The signed co-units that have neither reported their part nor been waived. */
    public List<UnitCode> contributionsOutstanding() {
        return coUnits.stream().filter(unit -> units.get(unit) == DispatchStanding.SIGNED)
                .filter(unit -> !reported.contains(unit) && !waived.contains(unit)).toList();
    }

    /**
     * The units that still owe the case something: to sign for it, a decision on their return, or (a signed co-unit)
     * their report; the case belongs in their work queue.
     */
    public List<UnitCode> pending() {
        return units.keySet().stream().filter(unit -> units.get(unit) == DispatchStanding.TO_SIGN
                || units.get(unit) == DispatchStanding.RETURN_REQUESTED
                || contributionsOutstanding().contains(unit)).toList();
    }

    private DispatchView standing(UnitCode unit, DispatchStanding standing) {
        if (!units.containsKey(unit)) {
            return this;
        }
        Map<UnitCode, DispatchStanding> changed = new LinkedHashMap<>(units);
        changed.put(unit, standing);
        Set<UnitCode> overdue = standing == DispatchStanding.TO_SIGN ? signOverdue
                : signOverdue.stream().filter(other -> !other.equals(unit)).collect(Collectors.toSet());
        return new DispatchView(leadUnit, coUnits, changed, reported, waived, signBy, overdue, awaitingRedispatch,
                rounds);
    }

    private static Set<UnitCode> plus(Set<UnitCode> units, UnitCode unit) {
        Set<UnitCode> more = new TreeSet<>(BY_CODE);
        more.addAll(units);
        more.add(unit);
        return more;
    }

    private static Set<UnitCode> sorted(Set<UnitCode> units) {
        TreeSet<UnitCode> sorted = new TreeSet<>(BY_CODE);
        if (units != null) {
            sorted.addAll(units);
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}
