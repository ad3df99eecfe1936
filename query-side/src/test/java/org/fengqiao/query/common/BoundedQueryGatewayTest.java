package org.fengqiao.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Axon's own Axon Server query bus, as production configures it (queries whose handler is in this JVM answered here),
 * against an Axon Server that is frozen: it accepts the connection and never answers, as a process under SIGSTOP does.
 */
class BoundedQueryGatewayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private ServerSocket frozen;
    private AxonServerConnectionManager connections;
    private BoundedQueryGateway gateway;

    @BeforeEach
    void connect() throws Exception {
        frozen = new ServerSocket(0, 50);
        AxonServerConfiguration configuration = AxonServerConfiguration.builder()
                .servers("localhost:" + frozen.getLocalPort()).componentName("bounded-query-test").build();
        connections = AxonServerConnectionManager.builder().axonServerConfiguration(configuration).build();
        SimpleQueryBus local = SimpleQueryBus.builder().build();
        AxonServerQueryBus bus = AxonServerQueryBus.builder().axonServerConnectionManager(connections)
                .configuration(configuration).localSegment(local).updateEmitter(local.queryUpdateEmitter())
                .messageSerializer(JacksonSerializer.defaultSerializer())
                .genericSerializer(JacksonSerializer.defaultSerializer())
                .enabledLocalSegmentShortCut().build();
        bus.subscribe("FindCase", String.class, query -> "the case from MongoDB");
        gateway = new BoundedQueryGateway(DefaultQueryGateway.builder().queryBus(bus), TIMEOUT, true);
    }

    @AfterEach
    void close() throws Exception {
        gateway.close();
        connections.shutdown();
        frozen.close();
    }

    @Test
    void a_query_whose_handler_is_here_is_answered_while_axon_server_is_frozen() throws Exception {
        assertThat(gateway.query("FindCase", "c1", ResponseTypes.instanceOf(String.class)).get(2, TimeUnit.SECONDS))
                .isEqualTo("the case from MongoDB");
    }

    @Test
    void a_query_for_a_handler_elsewhere_is_a_503_problem_within_the_timeout() {
        long started = System.nanoTime();
        CompletableFuture<String> answer = gateway.query("FindBoard", "SH", ResponseTypes.instanceOf(String.class));
        Throwable failure = answer.handle((result, e) -> e).join();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(3));
        assertThat(failure).isInstanceOfSatisfying(QueryRejection.class, problem -> {
            assertThat(problem.reason().status()).isEqualTo(503);
            assertThat(problem.code()).isIn("QUERY_TIMEOUT", "BUS_UNAVAILABLE");
            assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        });
    }

    @Test
    void a_handlers_own_failure_is_left_alone() {
        IllegalStateException own = new IllegalStateException("the handler failed");
        assertThat(BoundedQueryGateway.translate(own)).isSameAs(own);
    }
}
