package org.fengqiao.query.webhooks;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A system's subscription to case events: where they go ({@code url}), who the receiving client is (its account name,
 * checked against a confidential case's audience), which event types ({@code case.closed}; none: all), which
 * jurisdiction node's cases (null: all), whether it is active, and the secrets deliveries are signed with (the newest
 * last; more than one during a rotation), and the format of the deliveries ({@code null}: CloudEvents; else a
 * {@link DeliveryFormat}'s, e.g. a hotline's callbacks).
 */
@Document("webhook_subscriptions")
record Subscription(
        @Id String id,
        String client,
        String url,
        List<String> secrets,
        List<String> eventTypes,
        String node,
        boolean active,
        Instant createdAt,
        String format) {

    Subscription {
        secrets = List.copyOf(secrets);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type) || eventTypes.stream()
                .anyMatch(wanted -> CaseCloudEvents.fullType(wanted).equals(type));
    }

    Subscription withSecrets(List<String> newSecrets) {
        return new Subscription(id, client, url, newSecrets, eventTypes, node, active, createdAt, format);
    }

    Subscription with(String newUrl, List<String> newTypes, String newNode, boolean newActive) {
        return new Subscription(id, client, newUrl, secrets, newTypes, newNode, newActive, createdAt, format);
    }
}
