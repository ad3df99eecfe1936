package org.fengqiao.platform.health;

import com.mongodb.MongoCommandException;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Asks the read-model database for {@code hello}, and for {@code isMaster} when it does not know {@code hello}.
 * <p>
 * Spring Boot's own check sends only {@code hello}, which the embedded MongoDB (mongo-java-server) answers with
 * "no such command", so {@code /actuator/health} would be DOWN on the embedded default and in the split mode that runs
 * it as a process of its own. A real MongoDB answers {@code hello}, so nothing deprecated is sent to it.
 */
class MongoHealthIndicator extends AbstractHealthIndicator {

    private static final int COMMAND_NOT_FOUND = 59;

    private final MongoTemplate mongoTemplate;

    MongoHealthIndicator(MongoTemplate mongoTemplate) {
        super("MongoDB health check failed");
        this.mongoTemplate = mongoTemplate;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer;
        try {
            answer = mongoTemplate.executeCommand("{ hello: 1 }");
        } catch (RuntimeException e) {
            if (!commandNotFound(e)) {
                throw e;
            }
            answer = mongoTemplate.executeCommand("{ isMaster: 1 }");
        }
        builder.up().withDetail("maxWireVersion", answer.getInteger("maxWireVersion"));
    }

    private static boolean commandNotFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoCommandException command && command.getErrorCode() == COMMAND_NOT_FOUND) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
