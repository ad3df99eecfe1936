package org.fengqiao.command.timelimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

/**
 * The application's {@link DeadlineManager}: Axon's persistent one (JobRunr), with due times read on the application's
 * {@link Clock}. The cases compute due times in the clock's time; the job store fires on the machine's time, so a due
 * time is moved by the clock's offset from the machine's when it is scheduled. With the system clock (production)
 * the offset is zero; a clock set ahead with {@code fengqiao.clock.offset} makes deadlines fire that much earlier, which
 * is how a test or a rehearsal lets 15 days pass without waiting for them.
 */
public final class ClockAlignedDeadlineManager implements DeadlineManager {

    private final DeadlineManager delegate;
    private final Clock clock;

    public ClockAlignedDeadlineManager(DeadlineManager delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
            ScopeDescriptor deadlineScope) {
        Duration offset = Duration.between(Instant.now(), clock.instant());
        return delegate.schedule(triggerDateTime.minus(offset), deadlineName, messageOrPayload, deadlineScope);
    }

    @Override
    public String schedule(Duration triggerDuration, String deadlineName, Object messageOrPayload,
            ScopeDescriptor deadlineScope) {
        return delegate.schedule(triggerDuration, deadlineName, messageOrPayload, deadlineScope);
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        delegate.cancelSchedule(deadlineName, scheduleId);
    }

    @Override
    public void cancelAll(String deadlineName) {
        delegate.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        delegate.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }
}
