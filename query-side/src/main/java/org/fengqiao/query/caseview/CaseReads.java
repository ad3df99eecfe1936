package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.cases.query.FindCaseAsOf;
import org.fengqiao.cases.query.FindCaseHistory;
import org.fengqiao.cases.query.LinkedCasesView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.fengqiao.query.personaldata.PersonalDataDisclosure;

/**
 * Reads a case for the caller: who may see it (jurisdiction and confidentiality, {@link JurisdictionScope}) and
 * read-your-writes ({@code minVersion}, {@link CaseViewWaits}), so that the controllers only parse and answer. Must
 * be called on the request's thread: the caller is taken from it before the answers arrive on others. Public for the
 * console's case page, which reads a case exactly as the API does.
 */
public class CaseReads {

    private final QueryGateway queries;
    private final CaseViewWaits waits;
    private final JurisdictionScope scope;
    private final PersonalDataDisclosure disclosure;

    CaseReads(QueryGateway queries, CaseViewWaits waits, JurisdictionScope scope, PersonalDataDisclosure disclosure) {
        this.queries = queries;
        this.waits = waits;
        this.scope = scope;
        this.disclosure = disclosure;
    }

    /**
     * The case view, at least at {@code minVersion} (0: as it is), or as the event store knew it at {@code asOf}. A
     * case the caller may not see is not found; for {@code asOf} that is decided on the case as it is now, so a case
     * marked confidential later is hidden in its past too, and one whose confidentiality was lifted is shown.
     */
    public CompletableFuture<CaseView> view(CaseId id, long minVersion, Instant asOf) {
        JurisdictionScope.Visible visible = scope.current();
        if (asOf != null) {
            return current(id).thenApply(visible::check).thenCompose(now -> queries.query(new FindCaseAsOf(id, asOf),
                    ResponseTypes.instanceOf(CaseView.class)).thenApply(CaseReads::found))
                    .thenCompose(past -> visibleLinks(List.of(past), visible)).thenApply(views -> views.get(0));
        }
        CompletableFuture<CaseView> view;
        if (minVersion > 0) {
            // the event store decides first whether the case exists for this caller: an unknown and a hidden case are
            // the same 404 at once, and only a case the caller sees is waited for (before, a hidden case answered 404
            // at once and an unknown one 503 after the whole wait, which told them apart); a view the caller may not
            // see is waited past, as its visibility may change while the read model catches up
            view = current(id).thenApply(visible::check).thenCompose(now -> waits.atLeast(id, minVersion,
                    visible::covers)).thenApply(reached -> {
                        if (reached == null) {
                            throw waits.notYetVisible(minVersion);
                        }
                        return reached;
                    });
        } else {
            view = queries.query(new FindCase(id), ResponseTypes.instanceOf(CaseView.class))
                    .thenApply(CaseReads::found);
        }
        return view.thenApply(visible::check).thenCompose(seen -> visibleLinks(List.of(seen), visible))
                .thenApply(views -> views.get(0));
    }

    /** A page of cases, each naming only the linked cases the caller may see ({@link #visibleLinks}). */
    public CompletableFuture<CasePage> withVisibleLinks(CompletableFuture<CasePage> page) {
        JurisdictionScope.Visible visible = scope.current();
        return page.thenCompose(answer -> answer == null ? CompletableFuture.completedFuture(null)
                : visibleLinks(answer.items(), visible).thenApply(items -> new CasePage(items, answer.total(),
                        answer.withheld())));
    }

    /**
     * The views with only the linked cases (links, a duplicate's primary, the duplicates merged in) the caller may
     * see itself, by the other cases' own views: a case the caller may not see (outside its node, confidential and not
     * meant for it) is not revealed by another case's link to it. A case not yet in the read model is left out until
     * it is.
     */
    private CompletableFuture<List<CaseView>> visibleLinks(List<CaseView> views, JurisdictionScope.Visible visible) {
        Set<CaseId> named = new LinkedHashSet<>();
        for (CaseView view : views) {
            LinkedCasesView linked = view.linked();
            Stream.of(linked.cases().stream(), Stream.ofNullable(linked.mergedInto()), linked.duplicates().stream())
                    .flatMap(cases -> cases).forEach(other -> named.add(other.caseId()));
        }
        if (named.isEmpty()) {
            return CompletableFuture.completedFuture(views);
        }
        Map<CaseId, CompletableFuture<CaseView>> others = new LinkedHashMap<>();
        // a linked case that cannot be read now is left out rather than failing the read of this one
        named.forEach(other -> others.put(other, queries.query(new FindCase(other),
                ResponseTypes.instanceOf(CaseView.class)).exceptionally(failure -> null)));
        return CompletableFuture.allOf(others.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Set<CaseId> seen = new HashSet<>();
            others.forEach((other, answer) -> {
                CaseView view = answer.join();
                if (view != null && visible.covers(view)) {
                    seen.add(other);
                }
            });
            return views.stream().map(view -> view.withLinked(view.linked().only(c -> seen.contains(c.caseId()))))
                    .toList();
        });
    }

    /**
     * The case's history from the event store, with its personal values as the caller may see them. Who may see the
     * case is decided on the case as the event store has it now (the read model may lag behind). {@code minVersion}
     * is checked against the store's own count of the case's events; if the store is behind, the read model's
     * progress is awaited as the signal to read it once more.
     */
    public CompletableFuture<CaseHistoryView> history(FindCaseHistory query, long minVersion) {
        JurisdictionScope.Visible visible = scope.current();
        Caller caller = Caller.current().orElse(null);
        String requestId = PersonalDataDisclosure.currentRequestId();
        return current(query.caseId()).thenApply(visible::check)
                .thenCompose(view -> history(query.caseId(), query, minVersion)
                        .thenApply(history -> disclosure.history(history, view, caller, requestId)));
    }

    /** The node a list is confined to: the one asked for if the caller covers it, the caller's own by default. */
    NodeCode listNode(NodeCode requested) {
        JurisdictionScope.Visible visible = scope.current();
        if (visible.all()) {
            return requested;
        }
        if (requested == null) {
            return visible.node();
        }
        if (!visible.covers(requested)) {
            throw QueryRejection.unknownNode();
        }
        return requested;
    }

    /** The case as it is now, from the event store itself (the read model may not have it yet); 404 if none. */
    private CompletableFuture<CaseView> current(CaseId id) {
        return queries.query(new FindCaseAsOf(id, Instant.now()), ResponseTypes.instanceOf(CaseView.class))
                .thenApply(CaseReads::found);
    }

    private CompletableFuture<CaseHistoryView> history(CaseId id, FindCaseHistory query, long min) {
        CompletableFuture<CaseHistoryView> first = queryHistory(query);
        // as of an instant the history is what the store held then: there is nothing to wait for (the fuzzer found a
        // minVersion beyond that instant answered 503 after the whole wait)
        if (min == 0 || query.asOf() != null) {
            return first.thenApply(CaseReads::found);
        }
        return first.thenCompose(answer -> {
            if (reached(answer, min)) {
                return CompletableFuture.completedFuture(answer);
            }
            return waits.atLeast(id, min).thenCompose(ignored -> queryHistory(query)).thenApply(again -> {
                if (!reached(again, min)) {
                    throw waits.notYetVisible(min);
                }
                return again;
            });
        });
    }

    private CompletableFuture<CaseHistoryView> queryHistory(FindCaseHistory query) {
        return queries.query(query, ResponseTypes.instanceOf(CaseHistoryView.class));
    }

    private static boolean reached(CaseHistoryView history, long minVersion) {
        return history != null && history.version() >= minVersion;
    }

    private static <T> T found(T answer) {
        if (answer == null) {
            throw QueryRejection.caseNotFound();
        }
        return answer;
    }
}
