package org.fengqiao.platform.integrity;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * The chain keys (README, "Tamper evidence"). The current key is {@code fengqiao.integrity.chain.key} (Base64 of at
 * least 32 random bytes; in a deployment the environment variable {@code FENGQIAO_INTEGRITY_CHAIN_KEY}, from a secret
 * store) or else the file named by {@code fengqiao.integrity.chain.key-file}. The file is created on first start only
 * when {@code fengqiao.integrity.chain.create-key-file} is true, which the embedded default sets (its key file is in
 * the user's configuration folder, {@code ~/.config/fengqiao/chain.key}): command and query sides of a deployment are
 * separate processes that must hash and verify with one key, so each refuses to make one up. A key file inside the
 * data folder ({@code fengqiao.data-dir}) is refused: a copy of the folder would carry the key that forges its chains.
 *
 * <p>Rotation: set the new key and list the old one in {@code fengqiao.integrity.chain.previous-keys} (comma-separated
 * Base64). New events name the new key's id; events hashed before name the old one and verify with it as long as it
 * is listed. Dropping an old key makes its events fail verification ({@code UNKNOWN_KEY}), never a 500.
 */
@AutoConfiguration
public class ChainKeyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ChainKeyMaterial chainKeyMaterial(@Value("${fengqiao.integrity.chain.key:}") String key,
            @Value("${fengqiao.integrity.chain.key-file:}") String keyFile,
            @Value("${fengqiao.integrity.chain.create-key-file:false}") boolean createKeyFile,
            @Value("${fengqiao.integrity.chain.previous-keys:}") List<String> previousKeys,
            @Value("${fengqiao.data-dir:}") String dataDir) {
        byte[] current;
        if (StringUtils.hasText(key)) {
            current = ChainKeyFiles.parse(key, "fengqiao.integrity.chain.key");
        } else if (StringUtils.hasText(keyFile)) {
            Path file = Path.of(keyFile).toAbsolutePath().normalize();
            if (StringUtils.hasText(dataDir) && file.startsWith(Path.of(dataDir).toAbsolutePath().normalize())) {
                throw new IllegalStateException("Refusing to start: the chain key file " + file + " is inside the data"
                        + " folder " + dataDir + ", where a copy of the data would carry the key that forges its"
                        + " chains. Keep it elsewhere (fengqiao.integrity.chain.key-file) or give"
                        + " FENGQIAO_INTEGRITY_CHAIN_KEY.");
            }
            current = ChainKeyFiles.read(file, createKeyFile);
        } else {
            throw new IllegalStateException("Refusing to start: the event chains need a key. Set"
                    + " FENGQIAO_INTEGRITY_CHAIN_KEY (Base64 of 32 random bytes, `openssl rand -base64 32`, the same"
                    + " for every service of the deployment) or fengqiao.integrity.chain.key-file.");
        }
        List<byte[]> previous = previousKeys.stream().filter(StringUtils::hasText)
                .map(text -> ChainKeyFiles.parse(text, "fengqiao.integrity.chain.previous-keys")).toList();
        return new ChainKeyMaterial(current, previous);
    }
}
