package org.fengqiao.bench;

/** Waits for the service's projections to reach the head of the event store, using its lag gauge. */
final class Projections {

    private Projections() {
    }

    /**
     * Polls {@code fengqiao.projection.lag.events} (summed over the processors) until it stays at most 4 events on
     * two reads half a second apart; answers the seconds waited, or NaN after {@code timeoutSeconds}.
     */
    static double awaitCaughtUp(Api api, double timeoutSeconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (timeoutSeconds * 1e9);
        int calm = 0;
        while (System.nanoTime() < deadline) {
            Api.Reply reply = api.get("/actuator/metrics/fengqiao.projection.lag.events", "admin");
            double behind = reply.ok()
                    ? reply.json().path("measurements").path(0).path("value").asDouble(Double.MAX_VALUE)
                    : Double.MAX_VALUE;
            calm = behind <= 4 ? calm + 1 : 0;
            if (calm == 2) {
                return (System.nanoTime() - start) / 1e9;
            }
            Service.pause(500);
        }
        return Double.NaN;
    }

    /** Starts a full rebuild over {@code POST /api/admin/replay} and waits for it; answers the final status. */
    static Api.Reply replay(Api api, double timeoutSeconds) {
        Api.Reply started = api.post("/api/admin/replay", "", "admin");
        if (!started.ok()) {
            return started;
        }
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        Api.Reply status = started;
        while (System.nanoTime() < deadline) {
            Service.pause(1000);
            status = api.get("/api/admin/replay", "admin");
            String state = status.json().path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return status;
            }
        }
        return status;
    }
}
