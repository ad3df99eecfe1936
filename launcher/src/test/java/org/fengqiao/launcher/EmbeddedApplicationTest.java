package org.fengqiao.launcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the real one-process application on the embedded default, on a random port, with a temporary data folder.
 * Every integration test class uses exactly this, so they share one Spring context (one embedded MongoDB server, one
 * SQLite file) per test JVM. With {@code SPRING_DATA_MONGODB_URI} set, read models go to that MongoDB instead, in a
 * database of their own. Metrics are exported as in production (Spring Boot turns their export off in tests by
 * default), so that {@code /actuator/prometheus} answers as it does in a deployment.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CaseManagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TemporaryDataFolder.class)
@AutoConfigureObservability(tracing = false)
public @interface EmbeddedApplicationTest {
}
