package org.fengqiao.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fengqiao.platform.bus.BusFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Axon's own Axon Server command bus, with a handler registered on this instance, against an Axon Server that is away
 * (nothing listens on its port) and one that is frozen (it accepts the connection and never answers, as a process
 * under SIGSTOP does): either way the request is answered within the bus timeout, as an outage, and the handler never
 * ran, so nothing was appended.
 */
class BoundedDispatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final AtomicInteger handled = new AtomicInteger();
    private AxonServerConnectionManager connections;
    private BoundedDispatch dispatch;

    @AfterEach
    void close() {
        dispatch.close();
        connections.shutdown();
    }

    @Test
    void an_unavailable_axon_server_is_an_outage_answered_in_time() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        dispatch = dispatchTo(port);

        long started = System.nanoTime();
        assertThatThrownBy(() -> dispatch.sendAndWait(GenericCommandMessage.asCommandMessage("note")))
                .satisfies(e -> assertThat(BusFailures.unavailable(e) || timedOut(e)).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(3));
        assertThat(handled).hasValue(0);
    }

    @Test
    void a_frozen_axon_server_is_a_timeout_answered_in_time() throws Exception {
        try (ServerSocket frozen = new ServerSocket(0, 50)) {
            dispatch = dispatchTo(frozen.getLocalPort());

            long started = System.nanoTime();
            assertThatThrownBy(() -> dispatch.sendAndWait(GenericCommandMessage.asCommandMessage("note")))
                    .isInstanceOf(CommandExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(3));
            assertThat(handled).hasValue(0);
        }
    }

    private static boolean timedOut(Throwable e) {
        return e instanceof CommandExecutionException && e.getCause() instanceof TimeoutException;
    }

    private BoundedDispatch dispatchTo(int port) {
        AxonServerConfiguration configuration = AxonServerConfiguration.builder().servers("localhost:" + port)
                .componentName("bounded-dispatch-test").build();
        connections = AxonServerConnectionManager.builder().axonServerConfiguration(configuration).build();
        SimpleCommandBus local = SimpleCommandBus.builder().build();
        AxonServerCommandBus bus = AxonServerCommandBus.builder().axonServerConnectionManager(connections)
                .configuration(configuration).localSegment(local).serializer(JacksonSerializer.defaultSerializer())
                .routingStrategy(AnnotationRoutingStrategy.defaultStrategy()).build();
        bus.subscribe(String.class.getName(), command -> handled.incrementAndGet());
        return new BoundedDispatch(DefaultCommandGateway.builder().commandBus(bus).build(), bus, TIMEOUT);
    }
}
