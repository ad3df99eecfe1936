package org.fengqiao.platform.bus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts a streaming processor that is in error as soon as its event source answers again. Axon's processors retry
 * on their own with a back-off that doubles up to 60 s, so after an outage of Axon Server (or of the database) a
 * projection stayed stopped for up to a minute, readiness DOWN and views stale meanwhile. Checked every
 * {@code fengqiao.processors.revive-check} (1 s); a processor is restarted at most once per {@code minimumGap} (5 s),
 * so a failure that is not an outage (a handler's bug) does not restart it in a tight loop.
 */
public class ProcessorReviver {

    private static final Logger logger = LoggerFactory.getLogger(ProcessorReviver.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Supplier<Collection<EventProcessor>> processors;
    private final BooleanSupplier sourceAnswers;
    private final Duration minimumGap;
    private final Clock clock;
    private final Map<String, Instant> revived = new HashMap<>();

    /**
     * @param sourceAnswers whether the event source answers now (e.g. it tells its head); a probe that takes longer
     *                      than 2 s counts as no answer
     */
    public ProcessorReviver(Supplier<Collection<EventProcessor>> processors, BooleanSupplier sourceAnswers,
            Duration minimumGap, Clock clock) {
        this.processors = processors;
        this.sourceAnswers = sourceAnswers;
        this.minimumGap = minimumGap;
        this.clock = clock;
    }

    /** One check: answers how many processors were restarted. */
    public synchronized int check() {
        Instant now = clock.instant();
        int restarted = 0;
        Boolean answers = null;
        for (EventProcessor processor : processors.get()) {
            if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.isError()) {
                continue;
            }
            Instant last = revived.get(processor.getName());
            if (last != null && Duration.between(last, now).compareTo(minimumGap) < 0) {
                continue;
            }
            if (answers == null) {
                answers = probe();
            }
            if (!answers) {
                return restarted;
            }
            revived.put(processor.getName(), now);
            logger.info("Event processor {} is in error while its event source answers: restarting it",
                    processor.getName());
            processor.shutDown();
            processor.start();
            restarted++;
        }
        return restarted;
    }

    private boolean probe() {
        try {
            return CompletableFuture.supplyAsync(sourceAnswers::getAsBoolean)
                                    .get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
