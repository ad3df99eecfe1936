package org.fengqiao.command.web;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.distributed.DistributedCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command and waits for its answer at most {@code fengqiao.bus.timeout}. On a remote bus (Axon Server) the
 * dispatch itself can block, while the connection is being made again or the server is frozen, longer than the
 * gateway's own timeout covers; there it runs on a small pool of its own so that the request is answered (503
 * {@code COMMAND_TIMEOUT}) in time whatever the bus does. On the in-process bus the handler runs in the request's
 * thread, as before. A command either has all its events appended or none: an answer that comes too late changes
 * nothing of that, and the caller reads the case to learn whether it was applied.
 */
final class BoundedDispatch implements AutoCloseable {

    private static final int MAX_DISPATCHING = 64;

    private final CommandGateway gateway;
    private final Duration timeout;
    private final ThreadPoolExecutor dispatching;

    BoundedDispatch(CommandGateway gateway, CommandBus commandBus, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        boolean remote = commandBus instanceof AxonServerCommandBus || commandBus instanceof DistributedCommandBus;
        this.dispatching = remote ? new ThreadPoolExecutor(0, MAX_DISPATCHING, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "command-dispatch");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
    }

    <R> R sendAndWait(CommandMessage<?> command) {
        if (dispatching == null) {
            return gateway.sendAndWait(command, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        Future<R> answer;
        try {
            answer = dispatching.submit(() -> gateway.sendAndWait(command, timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            throw new CommandDispatchException("every dispatching thread waits for the command bus", e);
        }
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CommandExecutionException("The command was not answered within " + timeout.toMillis() + " ms",
                    e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new CommandExecutionException("The command failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandExecutionException("Interrupted while waiting for the command", new TimeoutException());
        }
    }

    @Override
    public void close() {
        if (dispatching != null) {
            dispatching.shutdownNow();
        }
    }
}
