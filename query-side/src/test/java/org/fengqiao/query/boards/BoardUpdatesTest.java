package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.cases.value.NodeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subscription queries of {@link FindBoard} get a fresh board when their node changes, coalesced. */
class BoardUpdatesTest {

    private static final Duration PUSH_INTERVAL = Duration.ofSeconds(2);

    private final BoardFixture fixture = new BoardFixture();
    private final BoardSettings settings = new BoardSettings(ZoneId.of("Asia/Shanghai"), 30, 400,
            PUSH_INTERVAL, Clock.fixed(BoardFixture.NOW, ZoneOffset.UTC));
    private final BoardUpdates updates = new BoardUpdates(fixture.emitter, fixture.reader, settings);
    private final BoardProjection projection = new BoardProjection(fixture.store, fixture.reader, updates, settings);
    private final QueryGateway gateway;

    BoardUpdatesTest() {
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(fixture.emitter).build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @AfterEach
    void close() {
        updates.close();
        fixture.close();
    }

    @Test
    void pushes_a_fresh_board_to_the_subscriptions_of_the_nodes_that_changed_only() throws Exception {
        List<BoardView> fuli = subscribe("SH-FL");
        List<BoardView> guoyuan = subscribe("SH-GY");

        BoardFixture.deliverWith(projection, CaseStream.dispute("SH-FL-G02", "FAMILY", BoardFixture.daysAgo(1))
                                                       .messages());
        await().atMost(Duration.ofSeconds(5)).until(() -> !fuli.isEmpty());
        assertThat(fuli.get(0).figures().received()).isEqualTo(1);

        BoardFixture.deliverWith(projection, CaseStream.dispute("SH-GY-G02", "FAMILY", BoardFixture.daysAgo(1))
                                                       .messages());
        await().atMost(Duration.ofSeconds(5)).until(() -> !guoyuan.isEmpty());
        assertThat(guoyuan).hasSize(1);
        assertThat(fuli).hasSize(1);
    }

    @Test
    void coalesces_a_burst_into_one_push_now_and_one_at_the_end_of_the_interval() throws Exception {
        List<BoardView> fuli = subscribe("SH-FL");

        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            BoardFixture.deliverWith(projection, CaseStream.dispute("SH-FL-G02", "FAMILY", BoardFixture.daysAgo(1))
                                                           .messages());
        }
        Duration burst = Duration.ofNanos(System.nanoTime() - start);

        await().atMost(PUSH_INTERVAL.multipliedBy(3))
               .until(() -> !fuli.isEmpty() && fuli.get(fuli.size() - 1).figures().received() == 10);
        // the first push runs at once and shows whatever had been written by then; the second ends the burst. On a
        // loaded machine the burst itself can outlast an interval: then one more push per interval it lasted
        long intervals = burst.toMillis() / PUSH_INTERVAL.toMillis();
        if (intervals == 0) {
            assertThat(fuli).hasSize(2);
        } else {
            assertThat(fuli).hasSizeBetween(2, (int) (2 + intervals));
        }
    }

    private List<BoardView> subscribe(String node) {
        SubscriptionQueryResult<BoardView, BoardView> result = gateway.subscriptionQuery(
                new FindBoard(new NodeCode(node), null, null), BoardView.class, BoardView.class);
        assertThat(result.initialResult().block().figures().received()).isZero();
        List<BoardView> received = new CopyOnWriteArrayList<>();
        result.updates().subscribe(received::add);
        return received;
    }
}
