package org.fengqiao.query.caseview;

import static org.fengqiao.query.common.QueryParameters.businessTime;
import static org.fengqiao.query.common.QueryParameters.caseId;
import static org.fengqiao.query.common.QueryParameters.range;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case queries over HTTP; the live stream of a case is {@link CaseStreamController}'s. Parameters are typed: one
 * that cannot be read as its type is a 400 problem naming it ({@code QueryProblemAdvice}), never an echo of what was
 * sent; ranges and business times are checked here. Who may see a case, and waiting for {@code minVersion}, are
 * {@link CaseReads}'.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseQueryController {

    private final QueryGateway queries;
    private final CaseReads reads;
    private final JurisdictionScope scope;

    CaseQueryController(QueryGateway queries, CaseReads reads, JurisdictionScope scope) {
        this.queries = queries;
        this.reads = reads;
        this.scope = scope;
    }

    /**
     * The case view. With {@code asOf}, the case as the event store knew it at that instant (and {@code minVersion}
     * is moot: the store is the record itself). With {@code minVersion}, waits until the read model shows at least
     * that version, or answers 503 with {@code Retry-After}. The answer's {@code ETag} is the view's version, quoted,
     * for a command's {@code If-Match}. A case the caller may not see is not found.
     */
    @GetMapping("/{caseId}")
    public CompletableFuture<ResponseEntity<CaseView>> find(@PathVariable String caseId,
                                                            @RequestParam(required = false) Long minVersion,
                                                            @RequestParam(required = false) Instant asOf) {
        // parameters are checked before the case is looked up, so a bad one is a 400 for any case
        long min = range("minVersion", minVersion, 0, Long.MAX_VALUE, 0);
        Instant at = businessTime("asOf", asOf);
        return reads.view(caseId(caseId), min, at)
                .thenApply(found -> ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found));
    }

    /**
     * The case's history from the event store, oldest first, its personal values shown as the caller may see them
     * ({@link PersonalDataDisclosure}): in full (and logged) or masked.
     */
    @GetMapping("/{caseId}/history")
    public CompletableFuture<CaseHistoryView> history(@PathVariable String caseId,
                                                      @RequestParam(required = false) Instant asOf,
                                                      @RequestParam(required = false) Long page,
                                                      @RequestParam(required = false) Long size,
                                                      @RequestParam(required = false) Long minVersion) {
        CaseId id = caseId(caseId);
        FindCaseHistory query = new FindCaseHistory(id, businessTime("asOf", asOf),
                (int) range("page", page, 0, Integer.MAX_VALUE, 0),
                (int) range("size", size, 1, FindCaseHistory.MAX_PAGE_SIZE, ListCases.DEFAULT_PAGE_SIZE));
        return reads.history(query, range("minVersion", minVersion, 0, Long.MAX_VALUE, 0));
    }

    /**
     * One page of cases matching every filter given. Confidential cases the caller may not see are left out, and
     * counted in the page's {@code withheld}; {@code total} counts the cases the caller sees. Each case names only
     * the linked cases the caller sees.
     */
    @GetMapping
    public CompletableFuture<CasePage> list(@RequestParam(required = false) CaseKind kind,
                                            @RequestParam(required = false) CaseStatus status,
                                            @RequestParam(required = false) Category category,
                                            @RequestParam(required = false) NodeCode node,
                                            @RequestParam(required = false) UnitCode unit,
                                            @RequestParam(required = false) String officer,
                                            @RequestParam(required = false) RiskLevel risk,
                                            @RequestParam(required = false) Boolean overdue,
                                            @RequestParam(required = false) Instant receivedFrom,
                                            @RequestParam(required = false) Instant receivedTo,
                                            @RequestParam(required = false) Long page,
                                            @RequestParam(required = false) Long size,
                                            @RequestParam(required = false) String sort) {
        ListCases query = new ListCases(kind, status, category, reads.listNode(node), unit,
                officer == null || officer.isBlank() ? null : officer.strip(),
                risk,
                overdue,
                businessTime("receivedFrom", receivedFrom),
                businessTime("receivedTo", receivedTo),
                (int) range("page", page, 0, Integer.MAX_VALUE / ListCases.MAX_PAGE_SIZE, 0),
                (int) range("size", size, 1, ListCases.MAX_PAGE_SIZE, ListCases.DEFAULT_PAGE_SIZE),
                sort(sort),
                scope.current().viewer());
        return reads.withVisibleLinks(queries.query(query, ResponseTypes.instanceOf(CasePage.class)));
    }

    private static CaseSort sort(String text) {
        try {
            return CaseSort.parse(text);
        } catch (IllegalArgumentException e) {
            throw QueryRejection.invalidValue("sort",
                    "must be receivedAt, lastActivityAt or caseNumber, optionally followed by ,asc or ,desc");
        }
    }
}
