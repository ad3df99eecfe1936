package org.fengqiao.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a fresh data folder and, against a real MongoDB, at a database of its own; the sample
 * city's hotline callbacks go to the tests' {@link MockHotline}; bearer JWTs of the tests' issuer ({@link TestTokens})
 * are taken beside the demo accounts' HTTP Basic, as in production.
 */
public class TemporaryDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, String> properties = properties(newFolder());
        properties.putAll(MockHotline.get().properties());
        properties.putAll(TestTokens.get().properties());
        TestPropertyValues.of(properties).applyTo(context);
    }

    /**
     * The properties an application started by a test gets: its data folder, board checkpoints every 5 events and, if
     * needed, its database.
     */
    public static Map<String, String> properties(Path dataFolder) {
        Map<String, String> properties = new HashMap<>();
        properties.put("fengqiao.data-dir", dataFolder.toString());
        // boards as of an instant start from a checkpoint and fold a tail: small intervals exercise both in every IT
        properties.put("fengqiao.boards.checkpoint-events", "5");
        properties.put("fengqiao.integrity.chain.key-file", chainKeyFile(dataFolder).toString());
        if (System.getenv("SPRING_DATA_MONGODB_URI") != null) {
            properties.put("spring.data.mongodb.database", "fengqiao_it_" + UUID.randomUUID().toString().substring(0, 8));
        }
        return properties;
    }

    /**
     * The chain key of an application started on {@code dataFolder}: beside the folder, not in it (the application
     * refuses a key inside its data), created at its first start and found again by a restart on the same folder.
     */
    public static Path chainKeyFile(Path dataFolder) {
        return dataFolder.resolveSibling(dataFolder.getFileName() + "-chain.key");
    }

    public static Path newFolder() {
        try {
            Path folder = Files.createTempDirectory("fengqiao-it-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
