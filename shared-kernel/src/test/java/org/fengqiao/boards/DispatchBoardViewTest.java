package org.fengqiao.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fengqiao.boards.DispatchBoardView.UnitFigures;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.junit.jupiter.api.Test;

class DispatchBoardViewTest {

    private static final NodeCode NODE = new NodeCode("SH");
    private static final UnitCode HOUSING = new UnitCode("SHQ-HOUSING");
    private static final UnitCode POLICE = new UnitCode("SHQ-POLICE-SH");
    private static final UnitCode ENFORCE = new UnitCode("SHQ-ENFORCE");

    private static CaseView dispatched(String id, DispatchView dispatch) {
        return CaseView.builder(new CaseId(id), CaseKind.DISPUTE).version(1).dispatch(dispatch).build();
    }

    @Test
    void counts_per_unit_unsigned_overdue_awaiting_decision_returned_and_reports_outstanding() {
        Instant signBy = Instant.parse("2026-07-02T16:00:00Z");
        CaseView first = dispatched("0b8e4f4e-4c1a-4d36-9a57-2f1d7d0e5a11", new DispatchView(HOUSING, List.of(POLICE),
                Map.of(HOUSING, DispatchStanding.TO_SIGN, POLICE, DispatchStanding.SIGNED), Set.of(), Set.of(), signBy,
                Set.of(HOUSING), false, 1));
        CaseView second = dispatched("0b8e4f4e-4c1a-4d36-9a57-2f1d7d0e5a12", new DispatchView(HOUSING,
                List.of(ENFORCE), Map.of(HOUSING, DispatchStanding.RETURN_REQUESTED, ENFORCE,
                        DispatchStanding.TO_SIGN), Set.of(), Set.of(), signBy, Set.of(), false, 1));
        CaseView handedBack = dispatched("0b8e4f4e-4c1a-4d36-9a57-2f1d7d0e5a13", new DispatchView(null, List.of(),
                Map.of(ENFORCE, DispatchStanding.RETURNED), Set.of(), Set.of(), null, Set.of(), true, 1));

        DispatchBoardView board = DispatchBoardView.of(NODE, List.of(first, second, handedBack), 2);

        assertThat(board.units()).containsExactly(
                new UnitFigures(ENFORCE, 1, 0, 0, 1, 0),
                new UnitFigures(HOUSING, 1, 1, 1, 0, 0),
                new UnitFigures(POLICE, 0, 0, 0, 0, 1));
        assertThat(board.awaitingRedispatch()).isEqualTo(1);
        assertThat(board.cases()).hasSize(3);
        assertThat(board.withheld()).isEqualTo(2);
    }
}
