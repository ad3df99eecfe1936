package org.fengqiao.platform.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subject keys stored wrapped, found again, destroyed for good; values sealed with them open only with them. */
class MongoSubjectKeyStoreTest {

    private static final String SUBJECT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/1";

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> collection;
    private final MasterKey master = MasterKey.of(Base64.getEncoder().encodeToString(new byte[32]));

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        collection = client.getDatabase("keys").getCollection(MongoSubjectKeyStore.COLLECTION);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoSubjectKeyStore store(MasterKey key, Duration cacheTtl) {
        return new MongoSubjectKeyStore(collection, key, cacheTtl, Clock.systemUTC());
    }

    @Test
    void a_key_is_created_once_stored_wrapped_and_found_again_by_another_instance() {
        SecretKey created = store(master, Duration.ZERO).keyFor(SUBJECT);
        assertThat(store(master, Duration.ZERO).keyFor(SUBJECT).getEncoded()).isEqualTo(created.getEncoded());
        assertThat(store(master, Duration.ZERO).find(SUBJECT)).get()
                .extracting(SecretKey::getEncoded).isEqualTo(created.getEncoded());
        Document stored = collection.find(new Document("_id", SUBJECT)).first();
        assertThat(stored.getString("masterKey")).isEqualTo(master.id());
        byte[] wrapped = stored.get("key", Binary.class).getData();
        assertThat(Base64.getEncoder().encodeToString(wrapped))
                .doesNotContain(Base64.getEncoder().encodeToString(created.getEncoded()));
        assertThat(store(master, Duration.ZERO).find("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/2")).isEmpty();
    }

    @Test
    void another_master_key_opens_no_stored_key() {
        store(master, Duration.ZERO).keyFor(SUBJECT);
        byte[] other = new byte[32];
        other[0] = 1;
        MongoSubjectKeyStore wrong = store(MasterKey.of(Base64.getEncoder().encodeToString(other)), Duration.ZERO);
        assertThatThrownBy(() -> wrong.find(SUBJECT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void a_destroyed_key_is_gone_for_good_and_never_created_again() {
        MongoSubjectKeyStore keys = store(master, Duration.ofMinutes(1));
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        String sealed = cipher.seal(SUBJECT, "NAME", "王芳");
        assertThat(cipher.open(SUBJECT, "NAME", sealed)).contains("王芳");
        assertThatThrownBy(() -> cipher.open(SUBJECT, "PHONE", sealed)).isInstanceOf(IllegalArgumentException.class);

        keys.destroy(SUBJECT);
        keys.destroy(SUBJECT);
        assertThat(cipher.open(SUBJECT, "NAME", sealed)).isEmpty();
        assertThat(new PersonalDataCipher(store(master, Duration.ZERO)).open(SUBJECT, "NAME", sealed)).isEmpty();
        Document stored = collection.find(new Document("_id", SUBJECT)).first();
        assertThat(stored.get("key")).isNull();
        assertThat(stored.get("destroyedAt")).isNotNull();
        assertThatThrownBy(() -> store(master, Duration.ZERO).keyFor(SUBJECT))
                .isInstanceOf(SubjectKeyStore.SubjectErasedException.class);
    }

    @Test
    void the_master_key_file_is_created_once_and_read_back(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("keys").resolve("master.key");
        MasterKey first = MasterKey.fromFile(file);
        assertThat(MasterKey.fromFile(file).id()).isEqualTo(first.id());
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThatThrownBy(() -> MasterKey.of("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rotated_master_key_rewraps_each_subject_key_when_it_is_next_read() {
        SecretKey created = store(master, Duration.ZERO).keyFor(SUBJECT);
        byte[] fresh = new byte[32];
        fresh[31] = 7;
        MasterKey next = MasterKey.of(Base64.getEncoder().encodeToString(fresh));

        MongoSubjectKeyStore rotated = new MongoSubjectKeyStore(collection, next, List.of(master), Duration.ZERO,
                Clock.systemUTC());
        assertThat(rotated.find(SUBJECT)).get().extracting(SecretKey::getEncoded).isEqualTo(created.getEncoded());
        assertThat(collection.find(new Document("_id", SUBJECT)).first().getString("masterKey")).isEqualTo(next.id());
        assertThat(store(next, Duration.ZERO).find(SUBJECT)).get().extracting(SecretKey::getEncoded)
                .isEqualTo(created.getEncoded());
        assertThatThrownBy(() -> store(master, Duration.ZERO).find(SUBJECT)).isInstanceOf(IllegalStateException.class);
    }
}
