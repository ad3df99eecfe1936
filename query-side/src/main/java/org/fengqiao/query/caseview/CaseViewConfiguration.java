package org.fengqiao.query.caseview;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The case-view projection, its store and its event processor: a pooled streaming processor reading the event store,
 * with {@code fengqiao.case-views.batch-size} events per batch (default 200) and its tokens in the application's
 * {@code TokenStore} (MongoDB).
 *
 * <p>A handler failure stops the batch instead of being logged and skipped (Axon's default for event handlers): a
 * skipped event would leave its case's view stuck before a gap, while a retried batch is harmless.
 */
@Configuration(proxyBeanMethods = false)
public class CaseViewConfiguration {

    /**
     * {@code fengqiao.case-views.list-index}: {@code database} (the default) lists through MongoDB's declared
     * indexes; {@code memory} from an index in this process ({@link CaseListIndexes}), for the one-process launcher,
     * whose embedded MongoDB honours only {@code _id} indexes.
     */
    @Bean
    CaseViewStore caseViewStore(MongoTemplate mongoTemplate,
                                @Value("${fengqiao.case-views.list-index:database}") String listIndex) {
        CaseViewStore store = switch (listIndex) {
            case "database" -> new CaseViewStore(mongoTemplate);
            case "memory" -> new CaseViewStore(mongoTemplate, new CaseListIndexes(mongoTemplate));
            default -> throw new IllegalArgumentException(
                    "fengqiao.case-views.list-index must be database or memory, not " + listIndex);
        };
        store.createIndexes();
        store.prepareList();
        return store;
    }

    @Bean
    CaseViewRebuildTarget caseViewRebuildTarget(CaseViewStore caseViewStore) {
        return new CaseViewRebuildTarget(caseViewStore);
    }

    @Bean
    CaseViewProjection caseViewProjection(CaseViewStore caseViewStore, QueryUpdateEmitter queryUpdateEmitter) {
        return new CaseViewProjection(caseViewStore, queryUpdateEmitter);
    }

    @Bean
    ConfigurerModule caseViewProcessor(@Value("${fengqiao.case-views.batch-size:200}") int batchSize,
                                       @Value("${fengqiao.case-views.segments:4}") int segments) {
        String name = CaseViewProjection.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(name,
                        org.axonframework.config.Configuration::eventStore,
                        (config, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments))
                .registerListenerInvocationErrorHandler(name, config -> PropagatingErrorHandler.instance()));
    }
}
