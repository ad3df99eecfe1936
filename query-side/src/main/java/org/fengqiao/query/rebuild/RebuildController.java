package org.fengqiao.query.rebuild;

import java.net.URI;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/admin/replay} starts a rebuild of the projections (202 with the status and its Location; 409 while
 * one is running); {@code GET /api/admin/replay} answers the status of the running or last one (404 before the
 * first). Talks to this instance's {@link ProjectionRebuild} directly: a rebuild is local to the process that runs the
 * projections, not a query any instance could answer.
 */
@RestController
@RequestMapping("/api/admin/replay")
public class RebuildController {

    private final ProjectionRebuild replay;

    RebuildController(ProjectionRebuild replay) {
        this.replay = replay;
    }

    @PostMapping
    public ResponseEntity<RebuildStatus> start() {
        RebuildStatus status;
        try {
            status = replay.start();
        } catch (ProjectionRebuild.AlreadyRunning e) {
            throw new QueryRejection(QueryRejection.Reason.CONFLICT, "REPLAY_RUNNING", "Replay running",
                    "A replay is running; follow it at GET /api/admin/replay.", null);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.accepted().location(location).body(status);
    }

    @GetMapping
    public RebuildStatus status() {
        return replay.status().orElseThrow(() -> new QueryRejection(QueryRejection.Reason.NOT_FOUND,
                "NO_REPLAY", "No replay", "No replay has run since this instance started.", null));
    }
}
