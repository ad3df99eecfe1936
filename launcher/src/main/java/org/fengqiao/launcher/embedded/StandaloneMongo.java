package org.fengqiao.launcher.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded MongoDB (mongo-java-server, H2 backend) as a process of its own, for the split mode without a real
 * MongoDB: several command-side and query-side processes share it as they would share a MongoDB server. Not a
 * production database: one process, no replication, only {@code _id} and unique indexes.
 * <p>
 * Runs from the launcher's jar through Spring Boot's {@code PropertiesLauncher}:
 * <pre>
 * java -cp fengqiao.jar -Dloader.main=org.fengqiao.launcher.embedded.StandaloneMongo \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --port=27017 --data=/var/lib/fengqiao/mongo.mv
 * </pre>
 * It listens on 127.0.0.1 only, writes to the given H2 file (every write saved before it is acknowledged, see
 * {@link DurableH2Backend}), and closes the file cleanly on SIGTERM.
 */
public final class StandaloneMongo {

    private StandaloneMongo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 27017;
        Path data = Path.of("mongo.mv");
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "; expected --port=N --data=FILE");
            }
        }
        // Spring Boot's console logging at INFO; without it Logback's own default would log Netty at DEBUG
        LoggingSystem logging = LoggingSystem.get(StandaloneMongo.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        Logger logger = LoggerFactory.getLogger(StandaloneMongo.class);

        Path file = data.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        logger.info("Embedded MongoDB listening on {} with data in {}", server.getConnectionString(), file);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "mongo-shutdown"));
        stopped.await();
    }
}
