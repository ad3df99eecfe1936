package org.fengqiao.platform.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A service starts only with a master key, keeps subject keys in MongoDB, and takes a key store of its own. */
class PersonalDataAutoConfigurationTest {

    /** With Spring Boot's conversions, as an application has them (durations such as {@code 60s}). */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withConfiguration(AutoConfigurations.of(PersonalDataAutoConfiguration.class));

    @Test
    void refuses_to_start_without_a_master_key() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("personal data needs a master key"));
    }

    @Test
    void keeps_subject_keys_in_the_database_of_the_connection_string() {
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            runner.withBean(MongoClient.class, () -> client)
                    .withBean(MongoConnectionDetails.class, () -> () -> new com.mongodb.ConnectionString(uri + "/cases"))
                    .withPropertyValues("fengqiao.personal-data.master-key="
                            + Base64.getEncoder().encodeToString(new byte[32]))
                    .run(context -> {
                        assertThat(context).hasSingleBean(MongoSubjectKeyStore.class)
                                .hasSingleBean(PersonalDataCipher.class);
                        PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                        String sealed = cipher.seal("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/1", "NAME", "王芳");
                        assertThat(cipher.open("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/1", "NAME", sealed))
                                .contains("王芳");
                        assertThat(client.getDatabase("cases").getCollection(MongoSubjectKeyStore.COLLECTION)
                                .countDocuments()).isEqualTo(1);
                    });
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void a_key_store_of_ones_own_replaces_the_default_and_needs_no_master_key() {
        runner.withBean(SubjectKeyStore.class, InMemorySubjectKeyStore::new)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MasterKey.class)
                        .doesNotHaveBean(MongoSubjectKeyStore.class).hasSingleBean(PersonalDataCipher.class));
    }
}
