package org.fengqiao.query.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.integrity.AnchorRecorded;
import org.fengqiao.integrity.ChainHead;
import org.fengqiao.integrity.InclusionProof;
import org.fengqiao.integrity.MerkleTree;
import org.fengqiao.integrity.RecordAnchor;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes, records and proves anchors. An anchor is the Merkle root over the heads of all case chains at the store's
 * current position; it is recorded as an {@link AnchorRecorded} event in the anchor ledger (hash-chained itself), then
 * appended as one JSON line to the anchor log file, which a third party can copy or be sent, and posted to the webhook
 * when one is configured. Rewriting the whole store, hashes and all, changes the root recomputed for an old anchor.
 */
public class Anchors {

    private static final Logger logger = LoggerFactory.getLogger(Anchors.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                                                      .withZone(ZoneOffset.UTC);

    private final StoredEvents events;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;
    private final Path logFile;
    private final URI webhook;
    private final String webhookSecret;
    private final HttpClient http;

    public Anchors(StoredEvents events, EventStore eventStore, CommandGateway commands, ObjectMapper json, Clock clock,
            Path logFile, URI webhook) {
        this(events, eventStore, commands, json, clock, logFile, webhook, null);
    }

    /** With {@code webhookSecret} ({@code whsec_...}) the webhook is signed as case events are (Standard Webhooks). */
    public Anchors(StoredEvents events, EventStore eventStore, CommandGateway commands, ObjectMapper json, Clock clock,
            Path logFile, URI webhook, String webhookSecret) {
        this.webhookSecret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret;
        if (this.webhookSecret != null && !WebhookSigner.isSecret(this.webhookSecret)) {
            throw new IllegalArgumentException("fengqiao.integrity.anchor.webhook-secret must be a whsec_ secret");
        }
        this.events = events;
        this.eventStore = eventStore;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
        this.logFile = logFile;
        this.webhook = webhook;
        this.http = webhook == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Computes and records an anchor over every case chain now; answers it as recorded. */
    public synchronized AnchorView anchor(String trigger, Actor actor) {
        long position = events.headPosition();
        MerkleTree tree = new MerkleTree(events.heads(position));
        Instant now = clock.instant();
        String anchorId = "A-" + ID_TIME.format(now) + "-" + position;
        commands.sendAndWait(new RecordAnchor(RecordAnchor.LEDGER, anchorId, tree.rootHex(), tree.leaves().size(),
                position, trigger, now, actor), 30, TimeUnit.SECONDS);
        AnchorView recorded = find(anchorId).orElseThrow(() -> new IllegalStateException("anchor not in the ledger"));
        publish(recorded);
        logger.info("Anchor {} recorded over {} chains up to position {}", anchorId, recorded.chains(), position);
        return recorded;
    }

    /** Every anchor, oldest first. */
    public List<AnchorView> list() {
        List<AnchorView> anchors = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(RecordAnchor.LEDGER, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof AnchorRecorded a) {
                Object hash = event.getMetaData().get("hash");
                anchors.add(new AnchorView(a.anchorId(), a.root(), a.chains(), a.upToPosition(), a.trigger(),
                        a.occurredAt(), a.actor().value(), event.getSequenceNumber(),
                        hash == null ? null : hash.toString()));
            }
        }
        return anchors;
    }

    public Optional<AnchorView> find(String anchorId) {
        return list().stream().filter(a -> a.anchorId().equals(anchorId)).findFirst();
    }

    /** The first anchor taken at or after the given store position, e.g. the one a case's current head is in. */
    public Optional<AnchorView> firstCovering(long position) {
        return list().stream().filter(a -> a.upToPosition() >= position).findFirst();
    }

    /**
     * The proof that a case's head at the anchor's position is in the anchor, over the heads recomputed from the store
     * now; empty when the case had no event by then.
     */
    public Optional<AnchorProofView> proof(AnchorView anchor, String caseId) {
        List<ChainHead> heads = events.heads(anchor.upToPosition());
        MerkleTree tree = new MerkleTree(heads);
        Optional<InclusionProof> proof = tree.proof(caseId);
        return proof.map(p -> new AnchorProofView(anchor, p, tree.rootHex(), tree.rootHex().equals(anchor.root()),
                p.provesInclusionIn(anchor.root())));
    }

    private void publish(AnchorView anchor) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("anchorId", anchor.anchorId());
        line.put("root", anchor.root());
        line.put("chains", anchor.chains());
        line.put("upToPosition", anchor.upToPosition());
        line.put("anchoredAt", anchor.anchoredAt().toString());
        line.put("trigger", anchor.trigger());
        line.put("ledgerSequence", anchor.ledgerSequence());
        line.put("ledgerHash", anchor.ledgerHash());
        String text;
        try {
            text = json.writeValueAsString(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (logFile != null) {
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                Files.writeString(logFile, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                // the anchor is recorded as an event either way; the log is a copy for third parties
                logger.error("Could not append anchor {} to {}", anchor.anchorId(), logFile, e);
            }
        }
        if (webhook != null) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text));
            if (webhookSecret != null) {
                WebhookSigner.headers(anchor.anchorId(), clock.instant().getEpochSecond(), text,
                        List.of(webhookSecret)).forEach(builder::header);
            }
            HttpRequest request = builder.build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() >= 300) {
                    logger.warn("Anchor webhook did not accept anchor {}: {}", anchor.anchorId(),
                            failure != null ? rootCause(failure).getClass().getSimpleName()
                                    : "HTTP " + response.statusCode());
                }
            });
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The log file anchors are appended to, or null. */
    public Path logFile() {
        return logFile;
    }
}
