package org.fengqiao.command.numbering;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Case numbers from a counter document per sub-district and year ({@code _id} = {@code SH-2026}) in the collection
 * {@value #COLLECTION} of the application's MongoDB, for the {@code production} profile, where events live in Axon
 * Server and there is no SQL database to count in the intake's transaction.
 * <p>
 * Each number is taken with one atomic {@code findOneAndUpdate($inc, upsert)}, acknowledged by a majority of the
 * replica set, so no number is ever handed out twice, also across instances and after a primary fails over. The
 * counter is not part of the command's transaction, though: an intake that fails after taking its number (Axon Server
 * unreachable, a crash before the append) leaves a gap in the sequence. Numbers therefore identify cases uniquely but
 * do not count them.
 * <p>
 * The collection belongs to the command side alone; it is not a read model and nothing else reads it.
 */
@Component
@ConditionalOnProperty(name = "fengqiao.case-numbers", havingValue = "mongo")
public class MongoCaseNumbers implements CaseNumbers {

    static final String COLLECTION = "case_number_sequence";
    private static final String LAST_VALUE = "lastValue";

    private final MongoCollection<Document> counters;

    /**
     * Uses the database Spring Data would use: {@code spring.data.mongodb.database} if set, else the one named in the
     * connection string.
     */
    @Autowired
    public MongoCaseNumbers(MongoClient client, MongoConnectionDetails connection,
                            @Value("${spring.data.mongodb.database:}") String database) {
        this(client.getDatabase(databaseName(connection, database)));
    }

    MongoCaseNumbers(MongoDatabase database) {
        this.counters = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
    }

    @Override
    public CaseNumber next(NodeCode subDistrict, int year) {
        String scope = subDistrict.value() + "-" + year;
        Document counter = counters.findOneAndUpdate(eq("_id", scope), Updates.inc(LAST_VALUE, 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        if (counter == null) {
            throw new IllegalStateException("The case-number counter " + scope + " was not returned after its update");
        }
        return CaseNumber.of(subDistrict.value(), year, counter.get(LAST_VALUE, Number.class).longValue());
    }

    /** Reads one counter, so the health check fails exactly when taking a number would. */
    void check() {
        counters.find().limit(1).first();
    }

    private static String databaseName(MongoConnectionDetails connection, String configured) {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        String named = connection.getConnectionString().getDatabase();
        if (!StringUtils.hasText(named)) {
            throw new IllegalStateException("Case numbers in MongoDB need a database: name it in the connection "
                    + "string (mongodb://host:27017/fengqiao) or set spring.data.mongodb.database");
        }
        return named;
    }
}
