package org.fengqiao.platform.personaldata;

import com.mongodb.client.MongoClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * The personal-data keys of both sides: the master key, the subject key store (MongoDB unless another
 * {@link SubjectKeyStore} bean is given) and the cipher.
 *
 * <p>The master key is {@code fengqiao.personal-data.master-key} (Base64 of 32 bytes; in production from a secret
 * store, e.g. the environment variable {@code FENGQIAO_PERSONAL_DATA_MASTER_KEY}) or else the file named by
 * {@code fengqiao.personal-data.master-key-file}, created on first start (the embedded default keeps it in its data
 * folder, apart from the events and the read models). Without either the service does not start: a key made up at
 * start would lock every stored key away at the next one. To rotate it, give the new key and the old one in
 * {@code fengqiao.personal-data.previous-master-keys} (comma-separated, Base64): each subject key is rewrapped under
 * the new key when it is next read; once no document of {@code personal_data_keys} names the old key's id, drop it.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
public class PersonalDataAutoConfiguration {

    /** Not needed when another key store is given: it brings its own protection. */
    @Bean
    @ConditionalOnMissingBean({MasterKey.class, SubjectKeyStore.class})
    MasterKey personalDataMasterKey(@Value("${fengqiao.personal-data.master-key:}") String key,
            @Value("${fengqiao.personal-data.master-key-file:}") String file) {
        if (StringUtils.hasText(key)) {
            return MasterKey.of(key);
        }
        if (StringUtils.hasText(file)) {
            return MasterKey.fromFile(Path.of(file));
        }
        throw new IllegalStateException("Refusing to start: personal data needs a master key. Set "
                + "fengqiao.personal-data.master-key (Base64 of 32 random bytes, e.g. `openssl rand -base64 32`) or "
                + "fengqiao.personal-data.master-key-file.");
    }

    /** In the database of the read models (the command side has the driver, not Spring Data MongoDB). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoClient.class, MongoConnectionDetails.class})
    SubjectKeyStore subjectKeyStore(MongoClient client, MongoConnectionDetails connection, MasterKey masterKey,
            @Value("${spring.data.mongodb.database:}") String database,
            @Value("${fengqiao.personal-data.previous-master-keys:}") List<String> previousMasterKeys,
            @Value("${fengqiao.personal-data.key-cache-ttl:60s}") Duration cacheTtl, ObjectProvider<Clock> clock) {
        String name = StringUtils.hasText(database) ? database : connection.getConnectionString().getDatabase();
        if (!StringUtils.hasText(name)) {
            throw new IllegalStateException("Personal-data keys in MongoDB need a database: name it in the connection "
                    + "string (mongodb://host:27017/fengqiao) or set spring.data.mongodb.database");
        }
        return new MongoSubjectKeyStore(client.getDatabase(name).getCollection(MongoSubjectKeyStore.COLLECTION),
                masterKey, previousMasterKeys.stream().filter(StringUtils::hasText).map(MasterKey::of).toList(),
                cacheTtl, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SubjectKeyStore.class)
    PersonalDataCipher personalDataCipher(SubjectKeyStore keys) {
        return new PersonalDataCipher(keys);
    }
}
