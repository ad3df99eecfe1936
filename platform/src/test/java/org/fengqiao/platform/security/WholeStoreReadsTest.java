package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WholeStoreReadsTest {

    private final WholeStoreReads limit = new WholeStoreReads(2);

    @Test
    void a_third_concurrent_whole_store_read_is_503_too_busy_and_a_permit_comes_back_when_one_ends() throws Exception {
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> run(board(), running, finish));
            Future<?> second = pool.submit(() -> run(changes(), running, finish));
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = run(board(), null, null);
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
            assertThat(refused.getContentAsString()).contains("\"code\":\"TOO_BUSY\"");
            // a board of now reads the read model, not the store: not limited
            assertThat(run(new MockHttpServletRequest("GET", "/api/boards/overview"), null, null).getStatus())
                    .isEqualTo(200);

            finish.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
            assertThat(run(board(), null, null).getStatus()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private static MockHttpServletRequest board() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/boards/overview");
        request.setParameter("asOf", "2026-07-01T00:00:00Z");
        return request;
    }

    private static MockHttpServletRequest changes() {
        return new MockHttpServletRequest("GET", "/api/boards/overview/changes");
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, CountDownLatch running,
            CountDownLatch finish) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            limit.doFilter(request, response, (req, res) -> {
                if (running != null) {
                    running.countDown();
                    try {
                        finish.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
