package org.fengqiao.query.webhooks;

import java.time.Clock;
import java.util.List;
import org.fengqiao.platform.webhooks.WebhookSigner;

/**
 * Subscriptions that configuration defines rather than an admin (a city hotline's callbacks): kept as configured on
 * every start, so a changed url or secret in the configuration takes effect and the reader's cursor is kept. A new
 * one's reader starts at the head of the event store when it first polls, like one made through the API.
 */
public final class ConfiguredSubscriptions {

    private final WebhookStore store;
    private final Clock clock;

    ConfiguredSubscriptions(WebhookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Keeps subscription {@code id} of {@code client} to every case event, delivered to {@code url} in
     * {@code format} ({@link DeliveryFormat}) and signed with {@code secret} ({@code whsec_...}), active.
     */
    public void keep(String id, String client, String url, String secret, String format) {
        if (!WebhookSigner.isSecret(secret)) {
            throw new IllegalStateException("the secret of subscription " + id + " is not a whsec_ secret");
        }
        Subscription existing = store.subscription(id).orElse(null);
        store.save(new Subscription(id, client, url, List.of(secret), List.of(), null, true,
                existing == null ? clock.instant() : existing.createdAt(), format));
    }
}
