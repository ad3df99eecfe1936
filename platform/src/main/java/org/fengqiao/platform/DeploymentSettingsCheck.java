package org.fengqiao.platform;

import com.mongodb.ConnectionString;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Stops a start in the {@code production} or {@code jdbc} profile before anything connects, with one message that
 * names every missing environment variable. Without it Spring Boot would report an unresolved {@code ${MONGODB_URI}}
 * placeholder or a missing data source URL one at a time, deep in a bean creation failure, or silently use a MongoDB
 * database called "test" when the URI names none.
 * <p>
 * The separately deployable services have no embedded store of their own, so they refuse to start without one of
 * the two profiles. Both profiles need the chain key (the same for every service), and in production the side that
 * takes anchors (the query side) needs a target outside the deployment to send them to. Runs right after the configuration files are read, so it sees the active profiles and every
 * property source.
 */
public class DeploymentSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCTION = "production";
    static final String JDBC = "jdbc";
    /** Set by a separately deployable service (command-side, query-side) to its name; the launcher leaves it out. */
    static final String SERVICE = "fengqiao.service";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION));
        boolean jdbc = environment.acceptsProfiles(Profiles.of(JDBC));
        if (!production && !jdbc) {
            String service = environment.getProperty(SERVICE);
            if (StringUtils.hasText(service)) {
                throw new IllegalStateException(service + " runs only in the production (Axon Server) or jdbc "
                        + "(PostgreSQL) profile: set SPRING_PROFILES_ACTIVE. The embedded default is the launcher's.");
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        if (production && jdbc) {
            problems.add("the production (Axon Server) and jdbc (PostgreSQL) profiles exclude each other");
        }
        String mongoUri = environment.getProperty("MONGODB_URI");
        if (!StringUtils.hasText(mongoUri)) {
            problems.add("MONGODB_URI is required (the MongoDB of read models and tracking tokens, "
                    + "e.g. mongodb://mongo1,mongo2,mongo3/fengqiao?replicaSet=rs0)");
        } else if (!StringUtils.hasText(environment.getProperty("spring.data.mongodb.database"))
                && !StringUtils.hasText(databaseOf(mongoUri))) {
            problems.add("MONGODB_URI must name the database (mongodb://host:27017/fengqiao), "
                    + "or SPRING_DATA_MONGODB_DATABASE must be set");
        }
        if (jdbc && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            problems.add("SPRING_DATASOURCE_URL is required (jdbc:postgresql://host:5432/fengqiao), "
                    + "with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
        }
        if (!StringUtils.hasText(environment.getProperty("fengqiao.integrity.chain.key"))
                && !StringUtils.hasText(environment.getProperty("fengqiao.integrity.chain.key-file"))) {
            problems.add("FENGQIAO_INTEGRITY_CHAIN_KEY is required (the key of the event chains' HMAC, Base64 of 32"
                    + " random bytes from a secret store, the same for every service: `openssl rand -base64 32`),"
                    + " or FENGQIAO_INTEGRITY_CHAIN_KEY_FILE naming a file that holds it");
        }
        if (production && !"command-side".equals(environment.getProperty(SERVICE))
                && !StringUtils.hasText(environment.getProperty("fengqiao.integrity.anchor.webhook"))) {
            problems.add("FENGQIAO_INTEGRITY_ANCHOR_WEBHOOK is required (an anchor target outside this deployment's"
                    + " stores, e.g. a timestamping or archive service: each daily anchor of the event chains is"
                    + " POSTed there, so a rewrite of the whole store, hashes and all, is seen against a copy that"
                    + " the store's operators cannot change)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cannot start in the " + (production ? PRODUCTION : JDBC)
                    + " profile: " + String.join("; ", problems));
        }
    }

    private static String databaseOf(String uri) {
        try {
            return new ConnectionString(uri).getDatabase();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MONGODB_URI is not a MongoDB connection string: " + e.getMessage(), e);
        }
    }
}
