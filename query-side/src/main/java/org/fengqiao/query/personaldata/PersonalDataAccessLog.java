package org.fengqiao.query.personaldata;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every disclosure of personal data in full, in the MongoDB collection {@value #COLLECTION}: who (the account or
 * client and its roles), when, which case, which values (their paths in the answer, never the values) of which data
 * subjects, for what (the endpoint) and under which request id, and where the case lives (its sub-district, community
 * and grid, so that an auditor bound to a node reads the entries of its subtree only). Entries are only ever added. {@code _id} is an
 * ObjectId, whose time prefix keeps the collection in the order of writing; indexes on case and account serve the
 * auditors' filters on a real MongoDB (the embedded server scans).
 */
public class PersonalDataAccessLog {

    public static final String COLLECTION = "personal_data_access";
    private static final String NODES = "nodes";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataAccessLog.class);

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public PersonalDataAccessLog(MongoCollection<Document> entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        // the auditors' questions: by case and by account, newest first; a server that refuses an index still answers
        for (String field : List.of("caseId", "actor", NODES)) {
            try {
                entries.createIndex(Indexes.compoundIndex(Indexes.ascending(field), Indexes.descending("_id")));
            } catch (MongoException e) {
                log.info("Index on {}.{} not created: {}", COLLECTION, field, e.getMessage());
            }
        }
    }

    /** One entry of the log. */
    public record Entry(
            Instant at,
            @NotPersonalData("the staff account or client that read") String actor,
            List<String> roles,
            String caseId,
            String purpose,
            List<Integer> subjects,
            List<String> fields,
            String requestId) {
    }

    public void record(String actor, List<String> roles, String caseId, JurisdictionPath where, String purpose,
            List<Integer> subjects, List<String> fields, String requestId) {
        entries.insertOne(new Document("_id", new ObjectId())
                .append("at", Date.from(clock.instant()))
                .append("actor", actor)
                .append("roles", roles)
                .append("caseId", caseId)
                .append(NODES, where == null ? List.of() : List.of(where.subDistrict().value(),
                        where.community().value(), where.grid().value()))
                .append("purpose", purpose)
                .append("subjects", subjects)
                .append("fields", fields)
                .append("requestId", requestId));
    }

    /**
     * Newest first; every argument may be {@code null} (no filter). {@code within}: the node the reading auditor is
     * bound to, whose subtree's entries alone it reads; {@code null} for an auditor bound to none. Entries written
     * before the log kept the case's place name no node and are read by auditors bound to none only (fail closed).
     */
    public List<Entry> find(NodeCode within, String caseId, String actor, Instant from, Instant to, int page,
            int size) {
        List<Bson> filters = new ArrayList<>();
        if (within != null) {
            // an array field equals a value when one of its elements does
            filters.add(Filters.eq(NODES, within.value()));
        }
        if (caseId != null) {
            filters.add(Filters.eq("caseId", caseId));
        }
        if (actor != null) {
            filters.add(Filters.eq("actor", actor));
        }
        if (from != null) {
            filters.add(Filters.gte("at", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("at", Date.from(to)));
        }
        List<Entry> found = new ArrayList<>();
        entries.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.descending("_id")).skip(page * size).limit(size)
                .forEach(document -> found.add(new Entry(document.getDate("at").toInstant(),
                        document.getString("actor"), document.getList("roles", String.class),
                        document.getString("caseId"), document.getString("purpose"),
                        document.getList("subjects", Integer.class), document.getList("fields", String.class),
                        document.getString("requestId"))));
        return found;
    }
}
