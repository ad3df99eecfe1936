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

    /** What every profile needs besides its stores: the chain key and, in production, the anchor target. */
    private static final Map<String, Object> KEYED = Map.of(
            "fengqiao.integrity.chain.key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "fengqiao.integrity.anchor.webhook", "https://anchors.example.org/fengqiao");

    private static Map<String, Object> keyed(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(KEYED);
        all.putAll(properties);
        return all;
    }

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
                environment(keyed(Map.of("MONGODB_URI", "mongodb://db:27017",
                                   "spring.data.mongodb.database", "cases")), "production"), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(
                environment(keyed(Map.of("MONGODB_URI", "mongodb://a,b,c/fengqiao?replicaSet=rs0")), "production"),
                null))
                .doesNotThrowAnyException();
    }

    @Test
    void jdbc_needs_a_data_source_too_and_names_every_problem_at_once() {
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "jdbc"), null))
                .hasMessageContaining("MONGODB_URI is required")
                .hasMessageContaining("SPRING_DATASOURCE_URL is required");
        assertThatCode(() -> check.postProcessEnvironment(environment(Map.of(
                "MONGODB_URI", "mongodb://127.0.0.1:27017/fengqiao",
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/fengqiao",
                "fengqiao.integrity.chain.key-file", "/run/secrets/chain.key"), "jdbc"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void both_profiles_need_the_chain_key_and_production_an_anchor_target_outside_the_deployment() {
        Map<String, Object> stores = Map.of("MONGODB_URI", "mongodb://db:27017/fengqiao",
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/fengqiao");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(stores, "jdbc"), null))
                .hasMessageContaining("FENGQIAO_INTEGRITY_CHAIN_KEY is required")
                .hasMessageNotContaining("ANCHOR_WEBHOOK");
        Map<String, Object> mongo = Map.of("MONGODB_URI", "mongodb://db:27017/fengqiao");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(mongo, "production"), null))
                .hasMessageContaining("FENGQIAO_INTEGRITY_CHAIN_KEY is required")
                .hasMessageContaining("FENGQIAO_INTEGRITY_ANCHOR_WEBHOOK is required");
        Map<String, Object> keyOnly = new HashMap<>(mongo);
        keyOnly.put("fengqiao.integrity.chain.key", KEYED.get("fengqiao.integrity.chain.key"));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(keyOnly, "production"), null))
                .hasMessage("Cannot start in the production profile: FENGQIAO_INTEGRITY_ANCHOR_WEBHOOK is required (an"
                        + " anchor target outside this deployment's stores, e.g. a timestamping or archive service:"
                        + " each daily anchor of the event chains is POSTed there, so a rewrite of the whole store,"
                        + " hashes and all, is seen against a copy that the store's operators cannot change)");
        // the command side takes no anchors
        keyOnly.put("fengqiao.service", "command-side");
        assertThatCode(() -> check.postProcessEnvironment(environment(keyOnly, "production"), null))
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
