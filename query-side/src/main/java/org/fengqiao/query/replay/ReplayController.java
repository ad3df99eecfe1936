package org.fengqiao.query.replay;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/admin/replay} starts a rebuild of the projections (202 with the status and its Location; 409 while
 * one is running); {@code GET /api/admin/replay} answers the status of the running or last one (404 before the
 * first). Talks to this instance's {@link ProjectionReplay} directly: a rebuild is local to the process that runs the
 * projections, not a query any instance could answer.
 */
@RestController
@RequestMapping("/api/admin/replay")
public class ReplayController {

    private final ProjectionReplay replay;

    ReplayController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @PostMapping
    public ResponseEntity<ReplayStatus> start() {
        ReplayStatus status;
        try {
            status = replay.start();
        } catch (ProjectionReplay.AlreadyRunning e) {
            throw problem(HttpStatus.CONFLICT, "REPLAY_RUNNING", "Replay running",
                    "A replay is running; follow it at GET /api/admin/replay.");
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.accepted().location(location).body(status);
    }

    @GetMapping
    public ReplayStatus status() {
        return replay.status().orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "NO_REPLAY", "No replay",
                "No replay has run since this instance started."));
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:fengqiao:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }
}
