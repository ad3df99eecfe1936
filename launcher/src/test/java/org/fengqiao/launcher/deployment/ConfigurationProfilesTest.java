package org.fengqiao.launcher.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What each deployable's configuration files say in each profile: the launcher's {@code application.yml}, the
 * services' {@code command-side.yml} and {@code query-side.yml}, and the {@code fengqiao-platform.yml} they all import.
 * Only the configuration is loaded, no application.
 */
class ConfigurationProfilesTest {

    private static final String MONGODB_URI = "mongodb://mongo1,mongo2,mongo3/fengqiao?replicaSet=rs0";

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    /** The chain key every service needs in both profiles (the settings check refuses a start without it). */
    private static final String CHAIN_KEY = "--fengqiao.integrity.chain.key=" + "A".repeat(43) + "=";

    private static Environment environment(String configName, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        if (configName != null) {
            args.add("--spring.config.name=" + configName);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new))) {
            return context.getEnvironment();
        }
    }

    @Test
    void the_launcher_runs_on_the_embedded_default_with_the_shared_settings() {
        Environment environment = environment(null);

        assertThat(environment.getProperty("server.port")).isEqualTo("8080");
        assertThat(environment.getProperty("fengqiao.event-store")).isEqualTo("sqlite");
        assertThat(environment.getProperty("fengqiao.case-numbers")).isNull();
        assertThat(environment.getProperty("fengqiao.case-views.list-index")).isEqualTo("memory");
        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.timeout.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.metrics.micrometer.dimensional")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .contains("health", "metrics", "prometheus");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .contains("readinessState", "db", "mongo", "axonServer", "eventProcessors", "caseNumbers");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("fengqiao-cases");
    }

    @Test
    void production_is_axon_server_and_mongodb_without_sql() {
        Environment environment = environment(null, "--spring.profiles.active=production",
                "--MONGODB_URI=" + MONGODB_URI, "--AXON_AXONSERVER_SERVERS=axonserver:8124", CHAIN_KEY,
                "--fengqiao.integrity.anchor.webhook=https://anchors.example.org/fengqiao");

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("axon.axonserver.servers")).isEqualTo("axonserver:8124");
        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo(MONGODB_URI);
        assertThat(environment.getProperty("fengqiao.event-store")).isEqualTo("axonserver");
        assertThat(environment.getProperty("fengqiao.case-numbers")).isEqualTo("mongo");
        assertThat(environment.getProperty("fengqiao.case-views.list-index")).isEqualTo("database");
        assertThat(environment.getProperty("fengqiao.integrity.chain.create-key-file")).isEqualTo("false");
        assertThat(environment.getProperty("spring.autoconfigure.exclude[0]"))
                .isEqualTo("org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration");
    }

    @Test
    void jdbc_is_postgresql_and_mongodb_without_axon_server() {
        Environment environment = environment(null, "--spring.profiles.active=jdbc", "--MONGODB_URI=" + MONGODB_URI,
                "--spring.datasource.url=jdbc:postgresql://db:5432/fengqiao");

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("fengqiao.event-store")).isEqualTo("jdbc");
        assertThat(environment.getProperty("fengqiao.case-numbers")).isEqualTo("jdbc");
        assertThat(environment.getProperty("fengqiao.case-views.list-index")).isEqualTo("database");
        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo(MONGODB_URI);
        assertThat(environment.getProperty("spring.datasource.embedded-database-connection")).isEqualTo("none");
        assertThat(environment.getProperty("fengqiao.integrity.chain.create-key-file")).isEqualTo("false");
    }

    @Test
    void each_service_has_its_own_port_and_name_and_the_shared_settings() {
        Environment command = environment("command-side", "--spring.profiles.active=production",
                "--MONGODB_URI=" + MONGODB_URI, CHAIN_KEY);
        Environment query = environment("query-side", "--spring.profiles.active=jdbc", "--MONGODB_URI=" + MONGODB_URI,
                "--spring.datasource.url=jdbc:postgresql://db:5432/fengqiao", CHAIN_KEY);

        assertThat(command.getProperty("server.port")).isEqualTo("8081");
        assertThat(command.getProperty("fengqiao.service")).isEqualTo("command-side");
        assertThat(command.getProperty("spring.application.name")).isEqualTo("fengqiao-command-side");
        assertThat(command.getProperty("fengqiao.case-numbers")).isEqualTo("mongo");
        assertThat(command.getProperty("axon.serializer.general")).isEqualTo("jackson");

        assertThat(query.getProperty("server.port")).isEqualTo("8082");
        assertThat(query.getProperty("fengqiao.service")).isEqualTo("query-side");
        assertThat(query.getProperty("fengqiao.event-store")).isEqualTo("jdbc");
        assertThat(query.getProperty("fengqiao.case-views.list-index")).isEqualTo("database");
        assertThat(query.getProperty("management.metrics.tags.application")).isEqualTo("fengqiao-query-side");
    }
}
