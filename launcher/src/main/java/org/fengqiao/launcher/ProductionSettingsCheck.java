package org.fengqiao.launcher;

import com.mongodb.ConnectionString;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stops the {@code production} profile early, with a clear message, when the MongoDB settings are incomplete. Without
 * it Spring Boot would bind an unresolved {@code ${MONGODB_URI}} literally and report an invalid connection string, or
 * silently use a database called "test" when the URI names none.
 */
@Component
@Profile("production")
public class ProductionSettingsCheck {

    public ProductionSettingsCheck(Environment environment) {
        String uri = environment.getProperty("MONGODB_URI");
        if (!StringUtils.hasText(uri)) {
            throw new IllegalStateException(
                    "The production profile needs the environment variable MONGODB_URI (the read-model MongoDB)");
        }
        boolean databaseNamed = StringUtils.hasText(environment.getProperty("spring.data.mongodb.database"))
                || StringUtils.hasText(new ConnectionString(uri).getDatabase());
        if (!databaseNamed) {
            throw new IllegalStateException("MONGODB_URI must name the database (mongodb://host:27017/fengqiao), "
                    + "or SPRING_DATA_MONGODB_DATABASE must be set");
        }
    }
}
