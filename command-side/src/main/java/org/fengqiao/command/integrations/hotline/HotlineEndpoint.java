package org.fengqiao.command.integrations.hotline;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the hotline's endpoints share: the city whose client calls (only a city's client that owns its external system
 * may), the caller as the actor of what it records, and its refusals as problem documents.
 */
abstract class HotlineEndpoint {

    protected final HotlineProperties hotlines;
    private final Map<String, String> owners;

    HotlineEndpoint(HotlineProperties hotlines, ApiSecurityProperties security) {
        this.hotlines = hotlines;
        this.owners = Map.copyOf(security.getExternalSystems());
    }

    /** The calling client's city; 403 for any other caller. */
    protected Map.Entry<String, HotlineProperties.City> city() {
        String client = Caller.current().map(Caller::name).orElse("");
        return hotlines.cityOf(client)
                .filter(entry -> client.equals(owners.get(entry.getValue().system())))
                .orElseThrow(() -> new HotlineOrderRejected(HttpStatus.FORBIDDEN, "EXTERNAL_SYSTEM_NOT_YOURS", null,
                        "Only a city's hotline client, owner of its external system, posts its work orders."));
    }

    protected static Actor caller() {
        return Caller.current().map(caller -> new Actor(caller.name())).orElse(Actor.ANONYMOUS);
    }

    @ExceptionHandler(HotlineOrderRejected.class)
    ResponseEntity<ProblemDetail> rejected(HotlineOrderRejected e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDocuments.of(e.status(), e.code(), e.status().getReasonPhrase(),
                e.getMessage(), e.field(), request.getRequestURI());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
