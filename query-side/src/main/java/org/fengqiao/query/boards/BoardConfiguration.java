package org.fengqiao.query.boards;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the boards and gives the projection its own pooled streaming processor: one segment, so a single thread
 * applies the events in order and each batch is folded and written once; failures propagate, so a batch that could
 * not be written is retried instead of skipped.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><td>{@code fengqiao.time-zone}</td><td>Asia/Shanghai</td><td>the calendar days flows are counted in</td></tr>
 *   <tr><td>{@code fengqiao.boards.max-window-days}</td><td>400</td><td>longest window a query may ask for</td></tr>
 *   <tr><td>{@code fengqiao.boards.batch-size}</td><td>500</td><td>events folded and written together</td></tr>
 *   <tr><td>{@code fengqiao.boards.push-interval}</td><td>200ms</td><td>least time between two live updates</td></tr>
 *   <tr><td>{@code fengqiao.boards.stream-timeout}</td><td>30m</td><td>an SSE stream then ends; clients reconnect</td></tr>
 *   <tr><td>{@code fengqiao.boards.keep-alive}</td><td>15s</td><td>comment lines on an idle SSE stream</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
public class BoardConfiguration {

    @Autowired
    void registerBoardProcessor(EventProcessingConfigurer processing,
            @Value("${fengqiao.boards.batch-size:500}") int batchSize) {
        processing.registerPooledStreamingEventProcessor(BoardProjection.PROCESSING_GROUP,
                org.axonframework.config.Configuration::eventStore,
                (configuration, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1).batchSize(batchSize));
        processing.registerListenerInvocationErrorHandler(BoardProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }

    /** The command side's clock when it runs in the same process, the system clock otherwise. */
    @Bean
    BoardSettings boardSettings(ObjectProvider<Clock> clock,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone,
            @Value("${fengqiao.boards.max-window-days:400}") int maxWindowDays,
            @Value("${fengqiao.boards.push-interval:200ms}") Duration pushInterval) {
        return new BoardSettings(ZoneId.of(zone), 30, maxWindowDays, pushInterval,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    BoardStore boardStore(MongoTemplate mongo) {
        return new BoardStore(mongo.getDb());
    }

    @Bean
    BoardRebuildTarget boardRebuildTarget(BoardStore store, BoardSettings settings) {
        return new BoardRebuildTarget(store, settings);
    }

    @Bean
    SupervisionOrders supervisionOrders(BoardStore store) {
        return new SupervisionOrders(store);
    }

    @Bean
    BoardMatrix boardMatrix(BoardStore store, JurisdictionTree tree) {
        return new BoardMatrix(store, tree);
    }

    @Bean
    BoardReader boardReader(BoardStore store, JurisdictionTree tree, BoardSettings settings) {
        return new BoardReader(store, tree, settings);
    }

    @Bean(destroyMethod = "close")
    BoardUpdates boardUpdates(QueryUpdateEmitter emitter, BoardReader reader, BoardSettings settings) {
        return new BoardUpdates(emitter, reader, settings);
    }

    @Bean
    BoardProjection boardProjection(BoardStore store, BoardReader reader, BoardUpdates updates,
            BoardSettings settings) {
        return new BoardProjection(store, reader, updates, settings);
    }
}
