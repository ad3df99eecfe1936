package org.fengqiao.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /** The example of the Standard Webhooks specification (its reference libraries test the same values). */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void signs_the_specification_example_as_its_reference_libraries_do() {
        assertThat(WebhookSigner.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signs_with_every_secret_during_a_rotation_and_each_verifies() {
        String old = WebhookSigner.newSecret();
        String current = WebhookSigner.newSecret();
        Map<String, String> headers = WebhookSigner.headers("evt-1", 1_700_000_000L, "{}", List.of(old, current));
        assertThat(headers.get(WebhookSigner.SIGNATURE).split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(WebhookSigner.verifies(old, "evt-1", 1_700_000_000L, "{}", headers.get(WebhookSigner.SIGNATURE)))
                .isTrue();
        assertThat(WebhookSigner.verifies(current, "evt-1", 1_700_000_000L, "{}",
                headers.get(WebhookSigner.SIGNATURE))).isTrue();
        assertThat(WebhookSigner.verifies(current, "evt-1", 1_700_000_000L, "{ }",
                headers.get(WebhookSigner.SIGNATURE))).as("another body").isFalse();
        assertThat(WebhookSigner.verifies(WebhookSigner.newSecret(), "evt-1", 1_700_000_000L, "{}",
                headers.get(WebhookSigner.SIGNATURE))).as("another secret").isFalse();
    }

    @Test
    void a_secret_has_the_whsec_prefix_and_base64_key() {
        assertThat(WebhookSigner.newSecret()).startsWith("whsec_");
        assertThat(WebhookSigner.isSecret(WebhookSigner.newSecret())).isTrue();
        assertThat(WebhookSigner.isSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
        assertThat(WebhookSigner.isSecret("whsec_not base64!")).isFalse();
        assertThatThrownBy(() -> WebhookSigner.sign("secret", "id", 1, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
