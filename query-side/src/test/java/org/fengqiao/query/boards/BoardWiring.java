package org.fengqiao.query.boards;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.fengqiao.query.common.RebuildTarget;

/** Test wiring for other packages: the board projection with its processor, as the application registers it. */
public final class BoardWiring {

    private BoardWiring() {
    }

    /** Registers the projection and its one-segment processor; answers its replay target. */
    public static RebuildTarget register(Configurer configurer, MongoDatabase database, int batchSize) {
        BoardSettings settings = BoardSettings.defaults(Clock.fixed(BoardFixture.NOW, ZoneOffset.UTC));
        BoardStore store = new BoardStore(database);
        BoardReader reader = new BoardReader(store, CaseStream.TREE, settings);
        BoardUpdates updates = new BoardUpdates(SimpleQueryUpdateEmitter.builder().build(), reader, settings);
        BoardProjection projection = new BoardProjection(store, reader, updates, settings);
        configurer.onShutdown(updates::close);
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(config -> projection);
            new BoardConfiguration().registerBoardProcessor(processing, batchSize);
        });
        return new BoardRebuildTarget(store, settings);
    }

    /** Random case histories in random grids, interleaved as the event store delivers them. */
    public static List<DomainEventMessage<?>> randomCases(Random random, int count) {
        return BoardProjectionTest.randomCases(random, count);
    }
}
