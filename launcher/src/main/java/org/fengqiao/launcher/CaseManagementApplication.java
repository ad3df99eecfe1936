package org.fengqiao.launcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the command side and the query side in one process.
 * <p>
 * Without a profile everything is embedded under {@code fengqiao.data-dir}: events in SQLite, read models and
 * tracking tokens in an embedded MongoDB. The {@code production} profile uses Axon Server and an external MongoDB.
 * <p>
 * {@code @AutoConfigurationPackage} widens what Spring Boot's auto-configuration scans (Spring Data repositories,
 * MongoDB {@code @Document} classes) from this class's package to all of {@code org.fengqiao}; component scanning
 * alone would leave the query side's repositories undiscovered.
 */
@SpringBootApplication(scanBasePackages = "org.fengqiao")
@AutoConfigurationPackage(basePackages = "org.fengqiao")
public class CaseManagementApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseManagementApplication.class, args);
    }
}
