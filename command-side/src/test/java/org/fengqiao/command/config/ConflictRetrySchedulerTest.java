package org.fengqiao.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetrySchedulerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(3, 2, registry);
    private final CommandMessage<?> command = GenericCommandMessage.asCommandMessage("add a note");

    @AfterEach
    void close() {
        scheduler.close();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Class<? extends Throwable>[] chain = new Class[] {ConcurrencyException.class};
            failures.add(chain);
        }
        return failures;
    }

    @Test
    void sends_a_command_that_lost_a_race_again() throws InterruptedException {
        CountDownLatch sent = new CountDownLatch(1);
        RuntimeException conflict = new CommandExecutionException("append failed", new ConcurrencyException(
                "An event for aggregate [c1] at sequence [3] was already inserted", new EventStoreException("dup")));

        assertThat(scheduler.scheduleRetry(command, conflict, failures(1), sent::countDown)).isTrue();
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.get("fengqiao.commands.conflict.retries").tag("command", "String").counter().count())
                .isEqualTo(1);
    }

    @Test
    void gives_up_after_the_last_retry() {
        RuntimeException conflict = new ConcurrencyException("again");

        assertThat(scheduler.scheduleRetry(command, conflict, failures(3), () -> { })).isTrue();
        assertThat(scheduler.scheduleRetry(command, conflict, failures(4), () -> { })).isFalse();
    }

    @Test
    void never_retries_anything_else() {
        assertThat(scheduler.scheduleRetry(command,
                new CommandExecutionException("rejected", null, new CaseRuleViolation(CaseRule.CASE_CLOSED).details()),
                failures(1), () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(command, new AggregateStreamCreationException("exists"), failures(1),
                () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(command, new IllegalStateException("bug"), failures(1), () -> { }))
                .isFalse();
    }
}
