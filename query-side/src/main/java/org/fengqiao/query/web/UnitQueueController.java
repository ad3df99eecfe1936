package org.fengqiao.query.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.query.common.JurisdictionScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A handling unit's work queue ({@code GET /api/queues/{unit}}): the open cases the unit handles (assigned to it,
 * which a dispatch's lead unit is once it signs), soonest due first (the earliest running limit; cases without one
 * last), within the caller's jurisdiction and confidentiality. At most {@value #MAX_CASES} cases.
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
        ListCases query = new ListCases(null, null, null, reads.listNode(null), unit, null, null, null, null, null, 0,
                ListCases.MAX_PAGE_SIZE, new CaseSort(CaseSort.Key.RECEIVED_AT, CaseSort.Direction.ASC),
                scope.current().viewer());
        return collect(query, new ArrayList<>()).thenApply(cases -> cases.stream()
                .filter(view -> view.status() != CaseStatus.CLOSED)
                .sorted(Comparator.comparing(UnitQueueController::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
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

    /** The earliest due time of the case's running limits; null when none runs. */
    private static Instant dueAt(CaseView view) {
        Collection<Instant> due = view.deadlines().values();
        return due.stream().min(Comparator.naturalOrder()).orElse(null);
    }
}
