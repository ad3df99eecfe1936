package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.value.UnitCode;

/**
 * How a case view's {@link DispatchView} is stored inside its {@link CaseViewDocument}: unit codes and standings as
 * strings, {@code units} in the dispatch's order.
 */
record DispatchDocument(
        String leadUnit,
        List<String> coUnits,
        Map<String, String> units,
        List<String> reported,
        List<String> waived,
        Instant signBy,
        List<String> signOverdue,
        boolean awaitingRedispatch,
        int rounds) {

    static DispatchDocument of(DispatchView view) {
        if (view == null) {
            return null;
        }
        Map<String, String> units = new LinkedHashMap<>();
        view.units().forEach((unit, standing) -> units.put(unit.value(), standing.name()));
        return new DispatchDocument(view.leadUnit() == null ? null : view.leadUnit().value(), codes(view.coUnits()),
                units, codes(view.reported()), codes(view.waived()), view.signBy(), codes(view.signOverdue()),
                view.awaitingRedispatch(), view.rounds());
    }

    DispatchView toView() {
        Map<UnitCode, DispatchStanding> named = new LinkedHashMap<>();
        if (units != null) {
            units.forEach((unit, standing) -> named.put(new UnitCode(unit), DispatchStanding.valueOf(standing)));
        }
        return new DispatchView(leadUnit == null ? null : new UnitCode(leadUnit), unitList(coUnits), named,
                unitSet(reported), unitSet(waived), signBy, unitSet(signOverdue), awaitingRedispatch, rounds);
    }

    private static List<String> codes(java.util.Collection<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }

    private static List<UnitCode> unitList(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(UnitCode::new).toList();
    }

    private static Set<UnitCode> unitSet(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(UnitCode::new).collect(Collectors.toSet());
    }
}
