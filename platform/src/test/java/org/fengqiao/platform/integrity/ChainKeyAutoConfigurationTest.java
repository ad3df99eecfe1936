package org.fengqiao.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The chain key comes from the environment or a key file outside the data folder; a service never makes one up unless
 * told to (the embedded default), and refuses to start without one, with a message saying what to set.
 */
class ChainKeyAutoConfigurationTest {

    private static final String KEY = Base64.getEncoder().encodeToString(filled(1));
    private static final String OLD_KEY = Base64.getEncoder().encodeToString(filled(2));

    @TempDir
    Path folder;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withConfiguration(AutoConfigurations.of(ChainKeyAutoConfiguration.class));

    @Test
    void refuses_to_start_without_a_key_and_says_what_to_set() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageContaining("the event chains need a key")
                .hasMessageContaining("FENGQIAO_INTEGRITY_CHAIN_KEY"));
    }

    @Test
    void takes_the_key_and_the_previous_keys_from_the_environment() {
        runner.withPropertyValues("fengqiao.integrity.chain.key=" + KEY,
                        "fengqiao.integrity.chain.previous-keys=" + OLD_KEY)
                .run(context -> {
                    ChainKeyMaterial material = context.getBean(ChainKeyMaterial.class);
                    assertThat(material.current()).isEqualTo(filled(1));
                    assertThat(material.previous()).singleElement().isEqualTo(filled(2));
                    assertThat(material.toString()).doesNotContain(KEY);
                });
    }

    @Test
    void refuses_a_key_that_is_not_base64_of_32_bytes() {
        runner.withPropertyValues("fengqiao.integrity.chain.key=" + Base64.getEncoder().encodeToString(new byte[16]))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("at least 32 random bytes"));
        runner.withPropertyValues("fengqiao.integrity.chain.key=not base64!")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("is not Base64"));
    }

    @Test
    void creates_the_key_file_only_when_told_to_and_reads_the_same_key_at_the_next_start() throws Exception {
        Path file = folder.resolve("config/fengqiao/chain.key");
        runner.withPropertyValues("fengqiao.integrity.chain.key-file=" + file)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("does not exist"));
        assertThat(file).doesNotExist();

        byte[][] first = new byte[1][];
        runner.withPropertyValues("fengqiao.integrity.chain.key-file=" + file,
                        "fengqiao.integrity.chain.create-key-file=true")
                .run(context -> first[0] = context.getBean(ChainKeyMaterial.class).current());
        assertThat(first[0]).hasSize(32);
        assertThat(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()))
                .isEqualTo(first[0]);
        runner.withPropertyValues("fengqiao.integrity.chain.key-file=" + file)
                .run(context -> assertThat(context.getBean(ChainKeyMaterial.class).current()).isEqualTo(first[0]));
    }

    @Test
    void refuses_a_key_file_inside_the_data_folder() {
        Path data = folder.resolve("data");
        runner.withPropertyValues("fengqiao.data-dir=" + data,
                        "fengqiao.integrity.chain.key-file=" + data.resolve("chain.key"),
                        "fengqiao.integrity.chain.create-key-file=true")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("is inside the data folder"));
        assertThat(data.resolve("chain.key")).doesNotExist();
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
