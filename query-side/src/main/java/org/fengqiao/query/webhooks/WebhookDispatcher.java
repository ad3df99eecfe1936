package org.fengqiao.query.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One tracking reader per active subscription over the event store, each with its own token (stored after an event
 * is done with), so that each subscription gets every case event it wants once its receiver accepts it, in the
 * store's order and so in order per case, at least once ({@code webhook-id}, the event's id, is the dedupe key).
 * A refused delivery (no 2xx, or no answer) is retried after {@code initial × 2^(attempt-1)}, capped, with the attempt
 * count and due time stored, so a restart waits and retries as planned; after the last attempt the event becomes a
 * dead letter, and so does every later event of the same case until an admin retries them. Every attempt is logged.
 */
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 100;

    /** Back-off and polling settings. */
    record Settings(Duration initialInterval, Duration maxInterval, int maxAttempts, Duration poll, Duration timeout) {
    }

    private final WebhookStore store;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final CaseCloudEvents cloudEvents;
    private final CaseAudience audience;
    private final List<DeliveryFormat> formats;
    private final Settings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Set<String> following = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;
    private ExecutorService readers;
    private volatile boolean running;

    WebhookDispatcher(WebhookStore store, EventStore eventStore, Serializer serializer, CaseCloudEvents cloudEvents,
            CaseAudience audience, List<DeliveryFormat> formats, Settings settings, Clock clock) {
        this.store = store;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.cloudEvents = cloudEvents;
        this.audience = audience;
        this.formats = List.copyOf(formats);
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A new subscription's reader starts at the head of the store: it gets what happens from now on. */
    void startAtHead(String subscriptionId) {
        store.save(cursorAt(subscriptionId, eventStore.createHeadToken()));
    }

    /**
     * Moves a subscription's reader to a position of the store (the global index of its events, 0 for the start) or
     * to a time, and clears a pending retry: the events from there are delivered again.
     */
    void replay(String subscriptionId, Long fromPosition, Instant from) {
        TrackingToken token;
        if (from != null) {
            token = eventStore.createTokenAt(from);
        } else if (fromPosition == null || fromPosition <= 0) {
            token = null;
        } else if (eventStore.createHeadToken() instanceof GlobalSequenceTrackingToken) {
            token = new GlobalSequenceTrackingToken(fromPosition - 1);
        } else {
            token = GapAwareTrackingToken.newInstance(fromPosition - 1, java.util.Collections.emptySet());
        }
        store.save(cursorAt(subscriptionId, token));
    }

    /** Delivers a subscription's dead letters again, oldest first, up to the first one refused again. */
    int retryDeadLetters(Subscription subscription) {
        int delivered = 0;
        for (DeadLetter letter : store.deadLetters(subscription.id())) {
            Answer answer = post(subscription, letter.eventId(), letter.body());
            boolean accepted = answer.accepted();
            store.log(new DeliveryAttempt(subscription.id(), letter.eventId(), letter.type(), letter.caseId(),
                    letter.sequence(), letter.attempts() + 1, answer.status(), answer.millis(),
                    accepted ? "DELIVERED" : "DEAD_LETTERED", clock.instant()));
            if (!accepted) {
                store.deadLetter(new DeadLetter(letter.id(), letter.subscriptionId(), letter.eventId(),
                        letter.caseId(), letter.sequence(), letter.type(), letter.body(), letter.attempts() + 1,
                        answer.error(), letter.deadLetteredAt()));
                break;
            }
            store.removeDeadLetter(letter.id());
            delivered++;
        }
        return delivered;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("webhooks-poll"));
        readers = Executors.newFixedThreadPool(4, daemon("webhooks-reader"));
        running = true;
        long poll = settings.poll().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        readers.shutdown();
        try {
            readers.awaitTermination(settings.timeout().toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void poll() {
        try {
            for (Subscription subscription : store.subscriptions()) {
                if (subscription.active() && running && following.add(subscription.id())) {
                    readers.execute(() -> {
                        try {
                            follow(subscription);
                        } catch (RuntimeException e) {
                            logger.warn("Webhook reader of subscription {} failed; it resumes at the next poll",
                                    subscription.id(), e);
                        } finally {
                            following.remove(subscription.id());
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            logger.warn("Could not read the webhook subscriptions", e);
        }
    }

    private void follow(Subscription subscription) {
        Cursor cursor = store.cursor(subscription.id()).orElse(null);
        if (cursor == null) {
            startAtHead(subscription.id());
            return;
        }
        if (cursor.nextAttemptAt() != null && clock.instant().isBefore(cursor.nextAttemptAt())) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(token(cursor))) {
            for (int handled = 0; handled < BATCH && running && stream.hasNextAvailable(); handled++) {
                TrackedEventMessage<?> event = stream.peek().orElseThrow();
                if (!handle(subscription, cursor, event)) {
                    return;
                }
                stream.nextAvailable();
                cursor = cursorAt(subscription.id(), event.trackingToken());
                store.save(cursor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the reader is done with the event (delivered, not for this subscription, or dead-lettered). */
    private boolean handle(Subscription subscription, Cursor cursor, TrackedEventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domainEvent)
                || !(domainEvent.getPayload() instanceof CaseEvent payload)) {
            return true;
        }
        String type = CaseCloudEvents.typeOf(payload.getClass());
        if (!subscription.wants(type)) {
            return true;
        }
        String caseId = payload.caseId().toString();
        CaseAudience.Facts facts = audience.of(caseId);
        if (!facts.within(subscription.node()) || !facts.admits(subscription.client())) {
            return true;
        }
        String body;
        if (subscription.format() == null) {
            body = cloudEvents.body(domainEvent);
        } else {
            Optional<String> rendered = formats.stream().filter(format -> format.renders(subscription.format()))
                    .findFirst().flatMap(format -> format.render(subscription.format(), domainEvent,
                            facts.externalRef()));
            if (rendered.isEmpty()) {
                return true;
            }
            body = rendered.get();
        }
        long sequence = domainEvent.getSequenceNumber() + 1;
        if (store.hasDeadLetters(subscription.id(), caseId)) {
            store.deadLetter(new DeadLetter(UUID.randomUUID().toString(), subscription.id(), event.getIdentifier(),
                    caseId, sequence, type, body, 0, "behind an earlier dead letter of the case", clock.instant()));
            return true;
        }
        int attempt = cursor.attempts() + 1;
        Answer answer = post(subscription, event.getIdentifier(), body);
        String outcome = answer.accepted() ? "DELIVERED" : attempt >= settings.maxAttempts() ? "DEAD_LETTERED"
                : "RETRY";
        store.log(new DeliveryAttempt(subscription.id(), event.getIdentifier(), type, caseId, sequence, attempt,
                answer.status(), answer.millis(), outcome, clock.instant()));
        if (outcome.equals("DEAD_LETTERED")) {
            store.deadLetter(new DeadLetter(UUID.randomUUID().toString(), subscription.id(), event.getIdentifier(),
                    caseId, sequence, type, body, attempt, answer.error(), clock.instant()));
        }
        if (outcome.equals("RETRY")) {
            store.save(new Cursor(cursor.subscriptionId(), cursor.tokenType(), cursor.token(), attempt,
                    clock.instant().plus(backOff(attempt))));
            return false;
        }
        return true;
    }

    Duration backOff(int attempt) {
        Duration interval = settings.initialInterval().multipliedBy(1L << Math.min(attempt - 1, 30));
        return interval.compareTo(settings.maxInterval()) > 0 ? settings.maxInterval() : interval;
    }

    record Answer(int status, long millis, String error) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private Answer post(Subscription subscription, String eventId, String body) {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.url()))
                    .timeout(settings.timeout()).header("Content-Type", subscription.format() == null
                            ? "application/cloudevents+json" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            Map<String, String> headers = WebhookSigner.headers(eventId, clock.instant().getEpochSecond(), body,
                    signingOrder(subscription.secrets()));
            headers.forEach(request::header);
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), elapsed(started), response.statusCode() < 300 ? null
                    : "HTTP " + response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, elapsed(started), "interrupted");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return new Answer(0, elapsed(started), e.getClass().getSimpleName());
        }
    }

    /** The newest secret first: receivers that check only the first signature use the current secret. */
    private static List<String> signingOrder(List<String> secrets) {
        List<String> order = new java.util.ArrayList<>(secrets);
        java.util.Collections.reverse(order);
        return order;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private Cursor cursorAt(String subscriptionId, TrackingToken token) {
        if (token == null) {
            return new Cursor(subscriptionId, null, null, 0, null);
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        return new Cursor(subscriptionId, serialized.getType().getName(), serialized.getData(), 0, null);
    }

    private TrackingToken token(Cursor cursor) {
        if (cursor.tokenType() == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(cursor.token(), String.class, cursor.tokenType(),
                null));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
