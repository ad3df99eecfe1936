package org.fengqiao.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.fengqiao.cases.rules.VersionMismatchDetails;
import org.fengqiao.platform.bus.BusFailures;
import org.fengqiao.platform.problem.ExpectedValues;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of the HTTP API with an RFC 7807 problem document. Each carries a stable {@code code}
 * (a {@link CaseRule} name or one of the codes below), the {@code field} at fault when known, and a type URI
 * {@code urn:fengqiao:problem:<code in lower case with dashes>}.
 *
 * <p>Global rather than scoped to our controllers: a scoped advice does not see failures that have no controller
 * (an unknown path, a wrong method), and as a {@link ResponseEntityExceptionHandler} it switches off Spring Boot's own
 * problem handler, so those would lose their problem document. One such advice per process, then.
 *
 * <p>Request bodies are never logged nor echoed back: they hold residents' personal data.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    private static final String INVALID_VALUE = "INVALID_VALUE";
    private static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    private static final String COMMAND_TIMEOUT = BusFailures.COMMAND_TIMEOUT;
    private static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    private static final String VERSION_MISMATCH = "VERSION_MISMATCH";

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final RuleViolationDetails CASE_NOT_FOUND = new CaseRuleViolation(CaseRule.CASE_NOT_FOUND).details();

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, INVALID_VALUE, "Invalid value",
                e.getMessage(), e.field(), request.getRequestURI());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem);
    }

    /**
     * Everything that can come out of the command gateway, and as a last resort anything unexpected, which is
     * logged and answered with a 500 that tells nothing of the internals. Depending on the bus, a rule violation
     * arrives as the {@link CaseRuleViolation} itself, as a {@code CommandExecutionException} whose details are a
     * {@link RuleViolationDetails} (the form that survives a distributed bus), or wrapped in either or in a
     * {@code CompletionException}; so the whole cause chain is searched, outermost first.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> commandFailure(Exception e, HttpServletRequest request) {
        String path = request.getRequestURI();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof HandlerExecutionException handlerFailure
                    && handlerFailure.getDetails().orElse(null) instanceof VersionMismatchDetails mismatch) {
                return versionMismatch(mismatch, path);
            }
            ProblemDetail problem = knownFailure(t, path);
            if (problem != null) {
                return respond(problem);
            }
        }
        if (BusFailures.unavailable(e)) {
            // nothing was decided: the bus could not take the command; logged without the stack, it says it all
            log.warn("{} {}: the command bus is unavailable ({})", request.getMethod(), path, e.getClass().getName());
            return respond(ProblemDocuments.of(HttpStatus.SERVICE_UNAVAILABLE, BusFailures.BUS_UNAVAILABLE, "Bus unavailable",
                    "The command could not be delivered now and changed nothing; retry later.", null, path));
        }
        log.error("{} {} failed unexpectedly", request.getMethod(), path, e);
        return respond(ProblemDocuments.of(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR, "Internal error",
                "The request could not be completed; the error has been logged.", null, path));
    }

    private ProblemDetail knownFailure(Throwable t, String path) {
        if (t instanceof CaseRuleViolation violation) {
            return ruleProblem(violation.details(), path);
        }
        if (t instanceof HandlerExecutionException handlerFailure
                && handlerFailure.getDetails().orElse(null) instanceof RuleViolationDetails details) {
            return ruleProblem(details, path);
        }
        if (t instanceof AggregateNotFoundException) {
            return ruleProblem(CASE_NOT_FOUND, path);
        }
        if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
            return ProblemDocuments.of(HttpStatus.CONFLICT, CONCURRENT_MODIFICATION, "Concurrent modification",
                    "The case was changed by another request at the same time; read it again and retry.", null, path);
        }
        if (t instanceof TimeoutException) {
            // The command may still be applied later: the caller learns the outcome by reading the case.
            return ProblemDocuments.of(HttpStatus.SERVICE_UNAVAILABLE, COMMAND_TIMEOUT, "Command timed out",
                    "The command was not answered in time; it may or may not have been applied.", null, path);
        }
        return null;
    }

    /** 412 with the case's current version, also as {@code ETag}, so the caller can read the case and decide again. */
    private static ResponseEntity<ProblemDetail> versionMismatch(VersionMismatchDetails mismatch, String path) {
        ProblemDetail problem = ProblemDocuments.of(HttpStatus.PRECONDITION_FAILED, VERSION_MISMATCH,
                "Version mismatch",
                "The case has version " + mismatch.currentVersion() + ", not the expected "
                        + mismatch.expectedVersion() + "; nothing was changed.", "If-Match", path);
        problem.setProperty("expectedVersion", mismatch.expectedVersion());
        problem.setProperty("currentVersion", mismatch.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag("\"" + mismatch.currentVersion() + "\"").body(problem);
    }

    private ProblemDetail ruleProblem(RuleViolationDetails details, String path) {
        HttpStatus status;
        String title;
        // Mapped from the kind text rather than the enum so that a code unknown to this version still maps.
        if (CaseRule.Kind.CONFLICT.name().equals(details.kind())) {
            status = HttpStatus.CONFLICT;
            title = "Conflicts with the state of the case";
        } else if (CaseRule.Kind.FORBIDDEN.name().equals(details.kind())) {
            status = HttpStatus.FORBIDDEN;
            title = "Forbidden";
        } else if (CaseRule.Kind.UNPROCESSABLE.name().equals(details.kind())) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            title = "Unprocessable command";
        } else if (CaseRule.Kind.NOT_FOUND.name().equals(details.kind())) {
            status = HttpStatus.NOT_FOUND;
            title = "Case not found";
        } else {
            status = HttpStatus.BAD_REQUEST;
            title = "Invalid command";
        }
        ProblemDetail problem = ProblemDocuments.of(status, details.code(), title, details.description(),
                details.field(), path);
        problem.setProperty("rule", details.description());
        if (details.possibleFrom() != null) {
            problem.setProperty("possibleFrom", details.possibleFrom());
            problem.setDetail(details.description() + " Possible from " + details.possibleFrom() + ".");
        }
        return problem;
    }

    /** Malformed JSON, a missing body, a wrong type or unknown enum constant, a value object that refuses a value. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = pathOf(request);
        Throwable cause = e.getCause();
        ProblemDetail problem;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping);
            problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, INVALID_VALUE, "Invalid value",
                    field + " " + reasonOf(mapping), field, path);
        } else if (cause instanceof JsonProcessingException) {
            problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "Malformed request",
                    "The body is not a well-formed JSON object of the expected shape.", null, path);
        } else {
            problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "Malformed request",
                    "A JSON body is required.", null, path);
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Gives the problems Spring MVC builds itself (405, 415, ...) the same type, code and instance as ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            String code = status == null ? "HTTP_" + problem.getStatus() : status.name();
            problem.setType(ProblemDocuments.typeOf(code));
            problem.setProperty("code", code);
            if (problem.getInstance() == null) {
                problem.setInstance(ProblemDocuments.instanceOf(pathOf(request)));
            }
        }
        return response;
    }

    private static String fieldOf(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Says what was expected, never the value that was sent, which may be personal data. */
    private static String reasonOf(JsonMappingException mapping) {
        for (Throwable t = mapping.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
                return "is invalid: " + invalid.getMessage();
            }
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + ExpectedValues.of(mismatch.getTargetType());
        }
        return "is invalid";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(BusFailures.RETRY_AFTER_SECONDS));
        }
        return response.body(problem);
    }

    private static String pathOf(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
