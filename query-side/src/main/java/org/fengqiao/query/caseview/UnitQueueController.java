package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.query.ListDispatchedCases;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.query.common.JurisdictionScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A handling unit's work queue ({@code GET /api/queues/{unit}}): the open cases the unit handles (assigned to it,
 * which a dispatch's lead unit is once it signs) and the open cases whose dispatch still waits for the unit's answer
 * (to sign for it, the decision on its return, or its report as a co-unit; each view's {@code dispatch} shows which),
 * soonest due first (the earliest running limit or, while the unit has to sign, its time to sign by; cases without
 * either last), within the caller's jurisdiction and confidentiality. At most {@value #MAX_CASES} cases.
 */
@RestController
public class UnitQueueController {

    static final int MAX_CASES = 1_000;

    private final QueryGateway queries;
    private final CaseReads reads;
    private final JurisdictionScope scope;

    UnitQueueController(QueryGateway queries, CaseReads reads, JurisdictionScope scope) {
        this.queries = queries;
        this.reads = reads;
        this.scope = scope;
    }

    @GetMapping("/api/queues/{unit}")
    public CompletableFuture<List<CaseView>> queue(@PathVariable UnitCode unit) {
        NodeCode node = reads.listNode(null);
        CaseViewer viewer = scope.current().viewer();
        ListCases query = new ListCases(null, null, null, node, unit, null, null, null, null, null, 0,
                ListCases.MAX_PAGE_SIZE, new CaseSort(CaseSort.Key.RECEIVED_AT, CaseSort.Direction.ASC), viewer);
        CompletableFuture<CasePage> dispatched = queries.query(new ListDispatchedCases(node, unit, viewer),
                ResponseTypes.instanceOf(CasePage.class));
        return collect(query, new ArrayList<>()).thenCombine(dispatched, (assigned, owing) -> {
            Map<CaseId, CaseView> open = new LinkedHashMap<>();
            assigned.stream().filter(view -> view.status() != CaseStatus.CLOSED)
                    .forEach(view -> open.put(view.caseId(), view));
            owing.items().forEach(view -> open.putIfAbsent(view.caseId(), view));
            return open.values().stream()
                    .sorted(Comparator.comparing((CaseView view) -> dueAt(view, unit),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .limit(MAX_CASES)
                    .toList();
        });
    }

    private CompletableFuture<List<CaseView>> collect(ListCases query, List<CaseView> found) {
        return queries.query(query, ResponseTypes.instanceOf(CasePage.class)).thenCompose(page -> {
            found.addAll(page.items());
            boolean more = page.items().size() == query.size() && found.size() < MAX_CASES;
            return more ? collect(next(query), found) : CompletableFuture.completedFuture(found);
        });
    }

    private static ListCases next(ListCases q) {
        return new ListCases(q.kind(), q.status(), q.category(), q.node(), q.unit(), q.officer(), q.risk(),
                q.overdue(), q.receivedFrom(), q.receivedTo(), q.page() + 1, q.size(), q.sort(), q.viewer());
    }

    /**
     * The earliest due time of the case's running limits and, while the unit has still to sign for it, of its time
     * to sign by; null when there is none.
     */
    public static Instant dueAt(CaseView view, UnitCode unit) {
        List<Instant> due = new ArrayList<>(view.deadlines().values());
        DispatchView dispatch = view.dispatch();
        if (dispatch != null && dispatch.signBy() != null && dispatch.units().get(unit) == DispatchStanding.TO_SIGN) {
            due.add(dispatch.signBy());
        }
        return due.stream().min(Comparator.naturalOrder()).orElse(null);
    }
}
