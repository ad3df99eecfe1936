package org.fengqiao.query.caseview;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.query.ListDispatchedCases;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.query.common.Generations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads and writes the {@code case_views} collection of one generation (see {@link Generations}): the active one,
 * looked up at each call, or a fixed one for a rebuild ({@link #at}). Every filter is a plain equality, range,
 * {@code $in} or {@code $or} query, which both a real MongoDB and the embedded mongo-java-server answer alike.
 */
class CaseViewStore {

    private static final Logger log = LoggerFactory.getLogger(CaseViewStore.class);
    private static final long ACTIVE = 0;

    private static final int CONSISTENT_PAGE_ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final Generations generations;
    private final long generation;
    private final CaseListIndexes lists; // null: lists are MongoDB queries

    /** The store of the active generation; lists are MongoDB queries. */
    CaseViewStore(MongoTemplate mongo) {
        this(mongo, null);
    }

    /** The store of the active generation; lists from {@code lists} when not {@code null} (see {@link CaseListIndexes}). */
    CaseViewStore(MongoTemplate mongo, CaseListIndexes lists) {
        this(mongo, new Generations(mongo.getDb()), ACTIVE, lists);
    }

    private CaseViewStore(MongoTemplate mongo, Generations generations, long generation, CaseListIndexes lists) {
        this.mongo = mongo;
        this.generations = generations;
        this.generation = generation;
        this.lists = lists;
    }

    /** The store of a fixed generation, whichever is active. */
    CaseViewStore at(long fixedGeneration) {
        return new CaseViewStore(mongo, generations, fixedGeneration, lists);
    }

    /** Starts filling the list index of the active generation, if lists come from one. */
    void prepareList() {
        if (lists != null) {
            lists.of(collection());
        }
    }

    /** Whether a list would now be answered from the in-process index. */
    boolean listIndexReady() {
        return lists != null && lists.of(collection()).ready();
    }

    private String collection() {
        long current = generation == ACTIVE ? generations.active(CaseViewProjection.PROCESSING_GROUP) : generation;
        return Generations.collection(CaseViewDocument.COLLECTION, current);
    }

    /** Creates the indexes of {@link CaseViewDocument#indexes()}; a server that refuses one still answers queries. */
    void createIndexes() {
        String collection = collection();
        IndexOperations indexes = mongo.indexOps(collection);
        for (Index index : CaseViewDocument.indexes()) {
            try {
                indexes.createIndex(index);
            } catch (DataAccessException e) {
                log.info("Index {} on {} not created: {}", index.getIndexOptions().get("name"), collection,
                        e.getMessage());
            }
        }
    }

    Optional<CaseView> find(CaseId caseId) {
        return Optional.ofNullable(mongo.findById(caseId.value(), CaseViewDocument.class, collection()))
                .map(CaseViewDocument::toView);
    }

    /** The stored views of these cases, in one query; cases without a view are missing from the answer. */
    Map<String, CaseView> findAll(Collection<String> caseIds) {
        Map<String, CaseView> views = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return views;
        }
        Query query = Query.query(where(CaseViewDocument.ID).in(caseIds));
        for (CaseViewDocument document : mongo.find(query, CaseViewDocument.class, collection())) {
            views.put(document.id(), document.toView());
        }
        return views;
    }

    /** Writes the views, each replacing the stored one of its case, in one unordered bulk write. */
    void saveAll(Collection<CaseView> views) {
        if (views.isEmpty()) {
            return;
        }
        String collection = collection();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CaseViewDocument.class,
                collection);
        List<CaseViewDocument> documents = views.stream().map(CaseViewDocument::of).toList();
        for (CaseViewDocument document : documents) {
            bulk.replaceOne(Query.query(where(CaseViewDocument.ID).is(document.id())), document,
                    FindAndReplaceOptions.options().upsert());
        }
        try {
            bulk.execute();
        } catch (RuntimeException e) {
            // some of an unordered bulk write may have been stored: only the collection can say which
            if (lists != null) {
                lists.forget(collection);
            }
            throw e;
        }
        if (lists != null) {
            lists.written(collection, documents);
        }
    }

    void deleteAll() {
        String collection = collection();
        try {
            mongo.remove(new Query(), CaseViewDocument.class, collection);
        } finally {
            if (lists != null) {
                lists.forget(collection);
            }
        }
    }

    void drop() {
        String collection = collection();
        // checked first because the embedded server logs an error for dropping a collection that is not there
        if (mongo.collectionExists(collection)) {
            mongo.dropCollection(collection);
        }
        if (lists != null) {
            lists.forget(collection);
        }
    }

    /**
     * One page of the cases matching {@code query} that its viewer may see; the confidential cases it may not see are
     * left out and counted as withheld (two counts: the scans the embedded server makes for every list, twice).
     */
    CasePage list(ListCases query) {
        String collection = collection();
        if (lists != null) {
            CaseListIndex index = lists.of(collection);
            for (int attempt = 0; index.ready() && attempt < CONSISTENT_PAGE_ATTEMPTS; attempt++) {
                CasePage page = pageOf(index.list(query), query, collection);
                if (page != null) {
                    return page;
                }
            }
        }
        return listByQuery(query, collection);
    }

    /**
     * The page's views read by {@code _id}, if each is still there and, if it moved on since the index listed it,
     * still on this page in the same place; {@code null} otherwise, so that the caller asks again.
     */
    private CasePage pageOf(CaseListIndex.Page listed, ListCases query, String collection) {
        List<String> ids = listed.items().stream().map(ListedCase::id).toList();
        Map<String, CaseViewDocument> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (CaseViewDocument document : mongo.find(Query.query(where(CaseViewDocument.ID).in(ids)),
                    CaseViewDocument.class, collection)) {
                found.put(document.id(), document);
            }
        }
        List<CaseView> items = new ArrayList<>(ids.size());
        for (ListedCase item : listed.items()) {
            CaseViewDocument document = found.get(item.id());
            if (document == null
                    || document.version() != item.version() && !ListedCase.of(document).listedAs(item, query)) {
                return null;
            }
            items.add(document.toView());
        }
        return new CasePage(items, listed.total(), (int) Math.min(Integer.MAX_VALUE, listed.withheld()));
    }

    private CasePage listByQuery(ListCases query, String collection) {
        Criteria matching = criteria(query);
        Criteria criteria = query.viewer() == null ? matching
                : new Criteria().andOperator(matching, visibleTo(query.viewer()));
        long total = mongo.count(Query.query(criteria), CaseViewDocument.class, collection);
        long withheld = query.viewer() == null ? 0
                : mongo.count(Query.query(matching), CaseViewDocument.class, collection) - total;
        Query page = Query.query(criteria)
                .with(sort(query.sort()))
                .skip((long) query.page() * query.size())
                .limit(query.size());
        List<CaseView> items = mongo.find(page, CaseViewDocument.class, collection).stream()
                .map(CaseViewDocument::toView)
                .toList();
        return new CasePage(items, total, (int) Math.min(Integer.MAX_VALUE, Math.max(0, withheld)));
    }

    /**
     * The closed cases of {@code kind} closed with {@code outcome} ({@code null}: none recorded) at or before
     * {@code closedUpTo}, the earliest closed first, at most {@code limit}; for the {@link RetentionReview}.
     */
    List<CaseView> closedUpTo(CaseKind kind, Outcome outcome, Instant closedUpTo, int limit) {
        Criteria criteria = where(CaseViewDocument.STATUS).is(CaseStatus.CLOSED.name())
                .and(CaseViewDocument.KIND).is(kind.name())
                .and(CaseViewDocument.OUTCOME).is(outcome == null ? null : outcome.name())
                .and(CaseViewDocument.CLOSED_AT).lte(closedUpTo);
        return mongo.find(Query.query(criteria).with(Sort.by(CaseViewDocument.CLOSED_AT)).limit(limit),
                CaseViewDocument.class, collection()).stream().map(CaseViewDocument::toView).toList();
    }

    /**
     * The open dispatched cases of {@link ListDispatchedCases}, oldest received first, at most
     * {@link ListDispatchedCases#MAX_CASES}; confidential ones its viewer may not see counted as withheld.
     */
    CasePage listDispatched(ListDispatchedCases query) {
        List<Criteria> all = new ArrayList<>();
        all.add(where(CaseViewDocument.DISPATCH_ROUNDS).gt(0));
        all.add(where(CaseViewDocument.STATUS).ne(CaseStatus.CLOSED.name()));
        if (query.node() != null) {
            all.add(nodeCriteria(query.node().value()));
        }
        if (query.pending() != null) {
            all.add(where(CaseViewDocument.DISPATCH_PENDING).is(query.pending().value()));
        }
        Criteria matching = new Criteria().andOperator(all);
        String collection = collection();
        List<CaseView> found = mongo.find(Query.query(matching).with(sort(new CaseSort(CaseSort.Key.RECEIVED_AT, CaseSort.Direction.ASC)))
                .limit(ListDispatchedCases.MAX_CASES), CaseViewDocument.class, collection).stream()
                .map(CaseViewDocument::toView).toList();
        if (query.viewer() == null) {
            return new CasePage(found, found.size());
        }
        List<CaseView> visible = found.stream()
                .filter(view -> view.visibleTo(query.viewer().name(), query.viewer().roles())).toList();
        return new CasePage(visible, visible.size(), found.size() - visible.size());
    }

    /**
     * The cases the viewer may see as far as confidentiality goes, the same rule as {@link CaseView#visibleTo}: not
     * confidential, or confidential to one of its roles or to its account name; every case for a role always admitted.
     */
    private static Criteria visibleTo(CaseViewer viewer) {
        List<Criteria> any = new ArrayList<>();
        any.add(where(CaseViewDocument.CONFIDENTIAL).ne(true));
        if (viewer.roles().stream().anyMatch(Confidentiality.ALWAYS_ADMITTED::contains)) {
            any.add(where(CaseViewDocument.CONFIDENTIAL).is(true));
        }
        if (!viewer.roles().isEmpty()) {
            any.add(where(CaseViewDocument.CONFIDENTIAL_ROLES).in(viewer.roles()));
        }
        if (viewer.name() != null) {
            any.add(where(CaseViewDocument.CONFIDENTIAL_ACCOUNTS).is(viewer.name()));
        }
        return new Criteria().orOperator(any);
    }

    private static Criteria criteria(ListCases query) {
        List<Criteria> all = new ArrayList<>();
        if (query.kind() != null) {
            all.add(where(CaseViewDocument.KIND).is(query.kind().name()));
        }
        if (query.status() != null) {
            all.add(where(CaseViewDocument.STATUS).is(query.status().name()));
        }
        if (query.category() != null) {
            all.add(where(CaseViewDocument.CATEGORY).is(query.category().code()));
        }
        if (query.node() != null) {
            all.add(nodeCriteria(query.node().value()));
        }
        if (query.unit() != null) {
            all.add(where(CaseViewDocument.UNIT).is(query.unit().value()));
        }
        if (query.officer() != null) {
            all.add(where(CaseViewDocument.OFFICER).is(query.officer()));
        }
        if (query.risk() != null) {
            all.add(where(CaseViewDocument.RISK_LEVEL).is(query.risk().name()));
        }
        if (query.receivedFrom() != null) {
            all.add(where(CaseViewDocument.RECEIVED_AT).gte(query.receivedFrom()));
        }
        if (query.receivedTo() != null) {
            all.add(where(CaseViewDocument.RECEIVED_AT).lt(query.receivedTo()));
        }
        if (query.overdue() != null) {
            // overdue as the case view has it: open and past a missed time limit (CaseViewFold)
            all.add(query.overdue() ? where(CaseViewDocument.OVERDUE).is(true)
                    : where(CaseViewDocument.OVERDUE).ne(true));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** The cases whose sub-district, community or grid is {@code node}. */
    private static Criteria nodeCriteria(String node) {
        return new Criteria().orOperator(
                where(CaseViewDocument.SUB_DISTRICT).is(node),
                where(CaseViewDocument.COMMUNITY).is(node),
                where(CaseViewDocument.GRID).is(node));
    }

    /** The requested order, then the case id, so that cases tying on the key keep one order across pages. */
    private static Sort sort(CaseSort sort) {
        Sort.Direction direction = sort.direction() == CaseSort.Direction.DESC ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(direction, sort.key().field()).and(Sort.by(Sort.Direction.ASC, CaseViewDocument.ID));
    }
}
