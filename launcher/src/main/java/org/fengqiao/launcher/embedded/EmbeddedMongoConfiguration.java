package org.fengqiao.launcher.embedded;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded read-model database: a mongo-java-server with its H2 backend on
 * {@code ${fengqiao.data-dir}/readmodels.mv}, listening on 127.0.0.1 only.
 * <p>
 * Active when {@code spring.data.mongodb.uri} is not set (so {@code SPRING_DATA_MONGODB_URI} switches to a real
 * MongoDB) and never in the {@code production} profile. Spring Boot's own MongoDB auto-configuration stays in charge:
 * the {@link MongoConnectionDetails} bean below replaces only the connection string it would derive from
 * {@code spring.data.mongodb.*}.
 * <p>
 * Every write is in the file before it is acknowledged ({@link DurableH2Backend}), so a kill of the process loses no
 * acknowledged read-model document, tracking token or key, and cannot keep a token while losing its documents.
 * <p>
 * The server supports only _id and unique indexes, no transactions, TTL, collation or {@code $text}, and does not know
 * the {@code hello} command (the platform's MongoDB health check falls back to {@code isMaster}). Its oplog (needed
 * for change streams only) is off by default: it is an uncapped collection in the same file that records every write,
 * including each tracking-token claim extension, so it would grow without bound; enable it with
 * {@code fengqiao.embedded-mongo.oplog-enabled=true} if change streams are ever needed.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@Conditional(EmbeddedMongoConfiguration.NoMongoUriConfigured.class)
public class EmbeddedMongoConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    private static final String BIND_ADDRESS = "127.0.0.1";

    /**
     * Shut down after Spring Boot's MongoClient, which depends on it through the connection details; shutting down
     * closes the H2 store and so writes its last changes to the file.
     */
    @Bean(destroyMethod = "shutdown")
    public MongoServer embeddedMongoServer(@Value("${fengqiao.data-dir:./data}") String dataDir,
                                           @Value("${fengqiao.embedded-mongo.port:0}") int port,
                                           @Value("${fengqiao.embedded-mongo.oplog-enabled:false}") boolean oplog) {
        Path file = Path.of(dataDir).resolve("readmodels.mv").toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the read-model store " + file, e);
        }

        H2Backend backend = new DurableH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            if (oplog) {
                server.enableOplog();
            }
            server.bind(BIND_ADDRESS, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        logger.info("Read-model store: embedded MongoDB on {} with data in {} (oplog {})",
                    server.getConnectionString(), file, oplog ? "enabled" : "disabled");
        return server;
    }

    @Bean
    public MongoConnectionDetails embeddedMongoConnectionDetails(
            MongoServer embeddedMongoServer,
            @Value("${spring.data.mongodb.database:fengqiao}") String database) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        ConnectionString connectionString = new ConnectionString(
                "mongodb://" + BIND_ADDRESS + ":" + address.getPort() + "/" + database);
        return () -> connectionString;
    }

    /** Matches when no external MongoDB is configured through {@code spring.data.mongodb.uri}. */
    static class NoMongoUriConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.data.mongodb.uri"));
        }
    }
}
