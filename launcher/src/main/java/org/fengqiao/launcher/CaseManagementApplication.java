package org.fengqiao.launcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Runs the command side and the query side in one process.
 * <p>
 * Without a profile everything is embedded under {@code fengqiao.data-dir}: events in SQLite, read models and
 * tracking tokens in an embedded MongoDB. The {@code production} profile uses Axon Server and an external MongoDB, the
 * {@code jdbc} profile PostgreSQL and an external MongoDB (both in {@code fengqiao-platform.yml}).
 * <p>
 * What {@code @SpringBootApplication} would declare, with one more exclusion in the component scan: the entry points of
 * the separately deployable services ({@code CommandSideApplication}, {@code QuerySideApplication}) live in the
 * scanned packages but must not become part of this application.
 * {@code @AutoConfigurationPackage} widens what Spring Boot's auto-configuration scans (Spring Data repositories,
 * MongoDB {@code @Document} classes) from this class's package to all of {@code org.fengqiao}; component scanning
 * alone would leave the query side's repositories undiscovered.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "org.fengqiao", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class)})
@AutoConfigurationPackage(basePackages = "org.fengqiao")
public class CaseManagementApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseManagementApplication.class, args);
    }
}
