package org.fengqiao.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.integrity.AnchorRecorded;
import org.fengqiao.integrity.ChainHead;
import org.fengqiao.integrity.MerkleTree;
import org.fengqiao.integrity.RecordAnchor;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** An anchor is the Merkle root of the heads, recorded by command, then logged to the file and posted to the webhook. */
class AnchorsTest {

    private static final Instant NOW = Instant.parse("2026-07-01T16:05:00Z");
    private static final List<ChainHead> HEADS = List.of(new ChainHead("c2", 3, "bb".repeat(32)),
            new ChainHead("c1", 0, "aa".repeat(32)));

    @TempDir
    Path folder;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void records_the_root_of_the_heads_then_logs_and_posts_it() throws Exception {
        AtomicReference<String> posted = new AtomicReference<>();
        AtomicReference<com.sun.net.httpserver.Headers> headers = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/anchors", exchange -> {
            headers.set(exchange.getRequestHeaders());
            posted.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        URI webhook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/anchors");

        StoredEvents events = mock(StoredEvents.class);
        when(events.headPosition()).thenReturn(42L);
        when(events.heads(42L)).thenReturn(HEADS);
        EventStore eventStore = mock(EventStore.class);
        CommandGateway commands = mock(CommandGateway.class);
        String root = new MerkleTree(HEADS).rootHex();
        String anchorId = "A-20260701T160500Z-42";
        when(eventStore.readEvents(RecordAnchor.LEDGER, 0)).thenAnswer(call -> DomainEventStream.of(
                new GenericDomainEventMessage<>("AnchorLedger", RecordAnchor.LEDGER, 0,
                        new AnchorRecorded(RecordAnchor.LEDGER, anchorId, root, 2, 42, "DAILY", NOW, Actor.SYSTEM),
                        MetaData.with("hash", "cc".repeat(32)))));
        Path log = folder.resolve("anchors.log");
        String secret = WebhookSigner.newSecret();
        Anchors anchors = new Anchors(events, eventStore, commands, new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC),
                log, webhook, secret);

        AnchorView anchor = anchors.anchor("DAILY", Actor.SYSTEM);

        ArgumentCaptor<RecordAnchor> sent = ArgumentCaptor.forClass(RecordAnchor.class);
        verify(commands).sendAndWait(sent.capture(), anyLong(), eq(TimeUnit.SECONDS));
        assertThat(sent.getValue().root()).isEqualTo(root);
        assertThat(sent.getValue().chains()).isEqualTo(2);
        assertThat(sent.getValue().upToPosition()).isEqualTo(42);
        assertThat(anchor.anchorId()).isEqualTo(anchorId);
        assertThat(anchor.ledgerHash()).isEqualTo("cc".repeat(32));

        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(log).get(0));
        assertThat(line.path("root").asText()).isEqualTo(root);
        assertThat(line.path("upToPosition").asLong()).isEqualTo(42);
        await().atMost(Duration.ofSeconds(10)).until(() -> posted.get() != null);
        assertThat(new ObjectMapper().readTree(posted.get())).isEqualTo(line);
        // signed as case events are (Standard Webhooks), the anchor id as webhook-id
        assertThat(headers.get().getFirst("webhook-id")).isEqualTo(anchorId);
        assertThat(headers.get().getFirst("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(WebhookSigner.verifies(secret, anchorId, NOW.getEpochSecond(), posted.get(),
                headers.get().getFirst("webhook-signature"))).isTrue();
    }

    @Test
    void a_proof_says_whether_the_store_still_reproduces_the_anchored_root() {
        StoredEvents events = mock(StoredEvents.class);
        when(events.heads(any(Long.class))).thenReturn(HEADS);
        Anchors anchors = new Anchors(events, mock(EventStore.class), mock(CommandGateway.class), new ObjectMapper(),
                Clock.systemUTC(), null, null);
        String root = new MerkleTree(HEADS).rootHex();
        AnchorView kept = new AnchorView("A-1", root, 2, 42, "DAILY", NOW, "system", 0, "cc".repeat(32));
        AnchorProofView proof = anchors.proof(kept, "c2").orElseThrow();
        assertThat(proof.rootMatches()).isTrue();
        assertThat(proof.proofValid()).isTrue();

        AnchorView other = new AnchorView("A-2", "dd".repeat(32), 2, 42, "DAILY", NOW, "system", 1, "ee".repeat(32));
        AnchorProofView rewritten = anchors.proof(other, "c2").orElseThrow();
        assertThat(rewritten.rootMatches()).isFalse();
        assertThat(rewritten.proofValid()).isFalse();
        assertThat(anchors.proof(kept, "c9")).isEmpty();
    }
}
