package org.fengqiao.query.common;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A live stream of Server-Sent Events, as the boards' API and the console's pages send them: the events of
 * {@code data}, a keep-alive comment every {@code keepAlive}, and an end after {@code timeout} (an EventSource
 * reconnects by itself). Whichever way the stream ends (the client leaves, an error, the timeout), the subscription
 * and the query behind it are cancelled once.
 */
public final class ServerSentEvents {

    private ServerSentEvents() {
    }

    /**
     * @param cancelQuery cancels what feeds {@code data} (a subscription query), run once when the stream ends
     */
    public static SseEmitter stream(Flux<SseEmitter.SseEventBuilder> data, Duration keepAlive, Duration timeout,
            Runnable cancelQuery) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Flux<SseEmitter.SseEventBuilder> events = Flux.merge(data,
                Flux.interval(keepAlive, keepAlive).map(tick -> SseEmitter.event().comment("keep-alive")));
        AtomicReference<Disposable> subscription = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable cancel = () -> {
            if (!cancelled.compareAndSet(false, true)) {
                return;
            }
            Disposable disposable = subscription.get();
            if (disposable != null) {
                disposable.dispose();
            }
            cancelQuery.run();
        };
        emitter.onCompletion(cancel);
        emitter.onError(error -> cancel.run());
        emitter.onTimeout(() -> {
            cancel.run();
            emitter.complete();
        });
        subscription.set(events.subscribe(event -> {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                // the client went away; the container completes the emitter, which cancels the rest
                cancel.run();
            }
        }, emitter::completeWithError, emitter::complete));
        return emitter;
    }
}
