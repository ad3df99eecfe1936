package org.fengqiao.command.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when it lost a race for its case, and only then.
 * <p>
 * Two instances that handle commands for the same case (the command sides of the {@code jdbc} mode, which share only
 * the database) both load the case, decide, and append its next event; the second append breaks the event store's
 * unique (case, sequence) key and the command fails with Axon's {@link ConcurrencyException}. Sent again, the command
 * is decided on the case as it now is, with the other command's event in it: so no accepted command is lost and no
 * rule is checked against stale state. Everything else fails at once: a rule violation would only fail again, and
 * a command that timed out may have been applied.
 * <p>
 * Axon's own retry schedulers retry every failure that is not explicitly non-transient and test each cause on its
 * own, which cannot express "retry exactly when the chain holds a concurrency conflict". The wait grows with each
 * attempt and is randomised, so that two instances that collided once do not collide again in lockstep. Each retry
 * counts in {@code fengqiao.commands.conflict.retries}, tagged with the command's type.
 */
class ConflictRetryScheduler implements RetryScheduler, AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;
    private final MeterRegistry registry;

    ConflictRetryScheduler(int maxRetries, long baseDelayMillis, MeterRegistry registry) {
        this.executor = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("command-retry"));
        this.maxRetries = maxRetries;
        this.baseDelayMillis = Math.max(2, baseDelayMillis);
        this.registry = registry;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        int attempt = failures.size();
        if (!isConflict(lastFailure) || attempt > maxRetries) {
            return false;
        }
        long ceiling = baseDelayMillis << Math.min(attempt - 1, 6);
        long delay = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        String command = commandMessage.getPayloadType().getSimpleName();
        logger.debug("{} lost a race for its case; attempt {} of {} in {} ms", command, attempt + 1, maxRetries + 1,
                     delay);
        Counter.builder("fengqiao.commands.conflict.retries")
               .description("Commands sent again because another instance changed their case first")
               .tag("command", command)
               .register(registry)
               .increment();
        try {
            executor.schedule(dispatchTask, delay, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
