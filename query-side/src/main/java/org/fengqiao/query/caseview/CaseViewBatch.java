package org.fengqiao.query.caseview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCase;
import org.fengqiao.query.common.ProjectionBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of case events into the case views of a store: loads the views of all cases in the batch with one
 * query, folds each event in memory and writes the changed views with one bulk write; their updates go to
 * subscription queries once the batch has committed. A rebuild's batch is written the same way, into another
 * generation and without updates.
 */
final class CaseViewBatch implements ProjectionBatch.Writer {

    private static final Logger log = LoggerFactory.getLogger(CaseViewBatch.class);

    private final CaseViewStore store;
    private final QueryUpdateEmitter updates; // null in a rebuild

    CaseViewBatch(CaseViewStore store, QueryUpdateEmitter updates) {
        this.store = store;
        this.updates = updates;
    }

    @Override
    public Runnable write(List<ProjectionBatch.Entry> events) {
        Set<String> caseIds = new LinkedHashSet<>();
        events.forEach(entry -> caseIds.add(entry.event().caseId().value()));
        Map<String, CaseView> views = store.findAll(caseIds);
        Set<String> changed = new LinkedHashSet<>();
        for (ProjectionBatch.Entry entry : events) {
            if (apply(views, entry)) {
                changed.add(entry.event().caseId().value());
            }
        }
        if (changed.isEmpty()) {
            return null;
        }
        List<CaseView> written = changed.stream().map(views::get).toList();
        store.saveAll(written);
        if (updates == null) {
            return null;
        }
        return () -> written.forEach(view ->
                updates.emit(FindCase.class, query -> query.caseId().equals(view.caseId()), view));
    }

    /** Folds the event into its case's view; an event the view does not expect next changes nothing. */
    private static boolean apply(Map<String, CaseView> views, ProjectionBatch.Entry entry) {
        String caseId = entry.event().caseId().value();
        CaseView before = views.get(caseId);
        CaseView after = CaseViewFold.apply(before, entry.event(), entry.sequence(), entry.recordedAt());
        if (after == before) {
            long expected = before == null ? 0 : before.version();
            if (entry.sequence() > expected) {
                // A gap means events of this case were lost to this view; it stays at its version until a rebuild.
                log.warn("case-views: event {} of case {} skipped, the view expects event {}", entry.sequence(),
                        caseId, expected);
            }
            return false;
        }
        views.put(caseId, after);
        return true;
    }
}
