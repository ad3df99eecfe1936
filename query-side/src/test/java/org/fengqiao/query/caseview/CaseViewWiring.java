package org.fengqiao.query.caseview;

import org.axonframework.config.Configurer;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.fengqiao.query.common.RebuildTarget;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Test wiring for other packages: the case-view projection with its processor, as the application registers it. */
public final class CaseViewWiring {

    private CaseViewWiring() {
    }

    /** Registers the projection and its processor ({@code segments} segments); answers its replay target. */
    public static RebuildTarget register(Configurer configurer, MongoTemplate mongo, int batchSize, int segments) {
        CaseViewStore store = new CaseViewStore(mongo);
        store.createIndexes();
        CaseViewProjection projection = new CaseViewProjection(store, SimpleQueryUpdateEmitter.builder().build());
        configurer.eventProcessing(processing -> processing.registerEventHandler(config -> projection));
        new CaseViewConfiguration().caseViewProcessor(batchSize, segments).configureModule(configurer);
        return new CaseViewRebuildTarget(store);
    }
}
