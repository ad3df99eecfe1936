package org.fengqiao.query.service;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side as a service of its own (port 8082): projections into MongoDB, HTTP queries and Server-Sent Events,
 * reading events from Axon Server ({@code production} profile) or from the shared PostgreSQL event store
 * ({@code jdbc} profile). Run it as {@code java -jar query-side-<version>-exec.jar}; any number of instances share
 * the event processors' segments through the token store in MongoDB.
 * <p>
 * Its settings are {@code query-side.yml} rather than {@code application.yml}, because this module is also a library
 * of the one-process launcher, whose {@code application.yml} must be the only one on its class path. This class sits
 * in a package of its own so that tests in the projection packages do not find it as their configuration.
 */
@SpringBootApplication(scanBasePackages = "org.fengqiao.query")
@AutoConfigurationPackage(basePackages = "org.fengqiao.query")
public class QuerySideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }
}
