package org.fengqiao.query.boards;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fengqiao.cases.value.CaseId;

/**
 * The open supervision orders (督办) of cases as the board projection keeps them ({@link BoardCase#orders()}): for the
 * work queue, which offers the feedback on each. An order leaves with its feedback or its case's closure.
 */
public class SupervisionOrders {

    private final BoardStore store;

    SupervisionOrders(BoardStore store) {
        this.store = store;
    }

    /**
     * The open orders of each of {@code cases} that has any: order id to the code of the unit it was given to
     * ({@value BoardCase#NO_UNIT} for none), ordered by id.
     */
    public Map<CaseId, Map<String, String>> open(Collection<CaseId> cases) {
        List<String> ids = cases.stream().map(CaseId::toString).toList();
        Map<CaseId, Map<String, String>> open = new LinkedHashMap<>();
        store.atActiveGeneration().cases(ids).forEach((id, boardCase) -> {
            if (boardCase.open() && !boardCase.orders().isEmpty()) {
                open.put(new CaseId(id), new TreeMap<>(boardCase.orders()));
            }
        });
        return open;
    }
}
