package org.fengqiao.query.rebuild;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.Configuration;
import org.fengqiao.query.common.Generations;
import org.fengqiao.query.common.RebuildTarget;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the rebuild of every {@link RebuildTarget} bean.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><td>{@code fengqiao.replay.batch-size}</td><td>500</td><td>events read and folded together</td></tr>
 *   <tr><td>{@code fengqiao.replay.drop-delay}</td><td>2s</td><td>the old generation's grace after the switch</td></tr>
 *   <tr><td>{@code fengqiao.replay.log-interval}</td><td>5s</td><td>least time between two progress lines</td></tr>
 * </table>
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class RebuildConfiguration {

    @Bean
    Generations readModelGenerations(MongoTemplate mongo) {
        return new Generations(mongo.getDb());
    }

    @Bean(destroyMethod = "close")
    ProjectionRebuild projectionReplay(Configuration axon, Generations generations, List<RebuildTarget> targets,
                                      @Value("${fengqiao.replay.batch-size:500}") int batchSize,
                                      @Value("${fengqiao.replay.drop-delay:2s}") Duration dropDelay,
                                      @Value("${fengqiao.replay.log-interval:5s}") Duration logInterval) {
        return new ProjectionRebuild(axon, generations, targets, batchSize, dropDelay, logInterval);
    }
}
