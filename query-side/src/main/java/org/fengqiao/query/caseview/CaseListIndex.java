package org.fengqiao.query.caseview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.ListCases;

/**
 * The case list of one {@code case_views} collection kept in this process: every stored view's {@link ListedCase},
 * ordered once for each of the six sort orders, so that a {@link ListCases} is one pass over one ordered set (no
 * sorting per query) and the page's views are then read by {@code _id}.
 *
 * <p>It holds what the collection holds only because every write of a view goes through the one
 * {@link CaseViewStore} of this process, which hands the written documents here after MongoDB acknowledged them,
 * and because it is filled from the collection itself when it is created (at start, or after it was dropped for a
 * failed write). An entry replaces another only if its version is not older, so a load racing with live writes
 * keeps the newer of the two. It is not {@link #ready()} until the load has finished; until then lists are answered
 * by MongoDB.
 */
final class CaseListIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, ListedCase> byId = new HashMap<>();
    private final Map<CaseSort, NavigableSet<ListedCase>> ordered = new HashMap<>();
    private volatile boolean ready;
    private long clears;

    CaseListIndex() {
        for (CaseSort.Key key : CaseSort.Key.values()) {
            for (CaseSort.Direction direction : CaseSort.Direction.values()) {
                CaseSort sort = new CaseSort(key, direction);
                ordered.put(sort, new TreeSet<>(ListedCase.order(sort)));
            }
        }
    }

    /** One page of the matching cases' ids, the counts as {@link org.fengqiao.cases.query.CasePage} has them. */
    record Page(List<ListedCase> items, long total, long withheld) {
    }

    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    /** How many clears so far: a load started before a clear must not bring back what the clear removed. */
    long clears() {
        lock.readLock().lock();
        try {
            return clears;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Keeps the entries that are not older than the ones held. */
    void putAll(List<ListedCase> cases) {
        lock.writeLock().lock();
        try {
            cases.forEach(this::put);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Keeps the entry as {@link #putAll} does, unless the index was cleared since {@code clearsSeen}. */
    void putIfNotClearedSince(ListedCase listed, long clearsSeen) {
        lock.writeLock().lock();
        try {
            if (clears == clearsSeen) {
                put(listed);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(ListedCase listed) {
        ListedCase held = byId.get(listed.id());
        if (held != null) {
            if (held.version() > listed.version()) {
                return;
            }
            ordered.values().forEach(set -> set.remove(held));
        }
        byId.put(listed.id(), listed);
        ordered.values().forEach(set -> set.add(listed));
    }

    void clear() {
        lock.writeLock().lock();
        try {
            clears++;
            byId.clear();
            ordered.values().forEach(NavigableSet::clear);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The page of {@code query}: one pass in the query's order, counting every match. */
    Page list(ListCases query) {
        long first = (long) query.page() * query.size();
        List<ListedCase> items = new ArrayList<>(query.size());
        long total = 0;
        long matching = 0;
        lock.readLock().lock();
        try {
            for (ListedCase listed : ordered.get(query.sort())) {
                if (!listed.matches(query)) {
                    continue;
                }
                matching++;
                if (!listed.visibleTo(query.viewer())) {
                    continue;
                }
                if (total >= first && items.size() < query.size()) {
                    items.add(listed);
                }
                total++;
            }
        } finally {
            lock.readLock().unlock();
        }
        return new Page(items, total, matching - total);
    }
}
