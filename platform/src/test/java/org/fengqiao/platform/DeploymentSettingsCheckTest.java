package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DeploymentSettingsCheckTest {

    private final DeploymentSettingsCheck check = new DeploymentSettingsCheck();

    private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void the_embedded_default_needs_nothing() {
        assertThatCode(() -> check.postProcessEnvironment(environment(Map.of()), null)).doesNotThrowAnyException();
    }

    @Test
    void a_service_refuses_the_embedded_default() {
        assertThatThrownBy(() -> check.postProcessEnvironment(
                environment(Map.of("fengqiao.service", "command-side")), null))
                .hasMessageContaining("command-side runs only in the production")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE");
    }

    @Test
    void production_needs_a_mongodb_uri_with_a_database() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "production"), null))
                .hasMessageContaining("MONGODB_URI is required");
        assertThatThrownBy(() -> check.postProcessEnvironment(
                environment(Map.of("MONGODB_URI", "mongodb://db:27017"), "production"), null))
                .hasMessageContaining("must name the database");
        assertThatCode(() -> check.postProcessEnvironment(
                environment(Map.of("MONGODB_URI", "mongodb://db:27017",
                                   "spring.data.mongodb.database", "cases"), "production"), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(
                environment(Map.of("MONGODB_URI", "mongodb://a,b,c/fengqiao?replicaSet=rs0"), "production"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void jdbc_needs_a_data_source_too_and_names_every_problem_at_once() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "jdbc"), null))
                .hasMessageContaining("MONGODB_URI is required")
                .hasMessageContaining("SPRING_DATASOURCE_URL is required");
        assertThatCode(() -> check.postProcessEnvironment(environment(Map.of(
                "MONGODB_URI", "mongodb://127.0.0.1:27017/fengqiao",
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/fengqiao"), "jdbc"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void the_two_profiles_exclude_each_other() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(
                "MONGODB_URI", "mongodb://127.0.0.1:27017/fengqiao",
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/fengqiao"), "production", "jdbc"), null))
                .hasMessageContaining("exclude each other");
    }

    @Test
    void runs_after_the_configuration_files_are_read() {
        assertThat(check.getOrder()).isGreaterThan(
                org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor.ORDER);
    }
}
