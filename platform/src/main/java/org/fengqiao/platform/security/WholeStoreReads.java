package org.fengqiao.platform.security;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds the requests that read the whole event store: boards as of an instant, their changes and the cases behind a
 * figure, taking an anchor and proving a case against one. At most {@code permits} run at a time; one more is
 * answered 503 {@code TOO_BUSY} with {@code Retry-After} at once, rather than queueing behind the others on the event
 * store's connections (on SQLite the one writing connection), where a handful of them stalled every command.
 */
final class WholeStoreReads extends OncePerRequestFilter {

    private static final List<PathPattern> PATHS = List.of("/api/boards/overview/changes",
            "/api/boards/overview/cases", "/api/admin/anchors", "/api/admin/anchors/*/proofs/*").stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    private static final PathPattern BOARD = PathPatternParser.defaultInstance.parse("/api/boards/overview");

    private final Semaphore permits;

    WholeStoreReads(int permits) {
        this.permits = new Semaphore(permits);
    }

    static boolean readsWholeStore(HttpServletRequest request) {
        String method = request.getMethod();
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(
                request.getContextPath().length()));
        if (BOARD.matches(path)) {
            return request.getParameter("asOf") != null;
        }
        return ("GET".equals(method) || "HEAD".equals(method) || "POST".equals(method))
                && PATHS.stream().anyMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !readsWholeStore(request);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            response.setHeader("Retry-After", "2");
            ProblemDocuments.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "TOO_BUSY", "Too busy",
                    "Too many requests that read the whole event store are running; retry after the time in "
                            + "Retry-After.");
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                        release.run();
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                        // the same request continues
                    }
                });
            } else {
                release.run();
            }
        }
    }
}
