package org.fengqiao.command.web;

import java.util.List;

/** A request value that the web layer rejects before any command is sent; answered with 400. */
class InvalidRequestException extends RuntimeException {

    private final String field;
    private final List<FieldProblem> errors;

    InvalidRequestException(String field, String detail) {
        this(field, detail, List.of());
    }

    InvalidRequestException(String field, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** The request field, header or path segment at fault, or {@code null} when it is not known. */
    String field() {
        return field;
    }

    /** Every bad field when there are several, each with what is expected of it (never the value sent). */
    List<FieldProblem> errors() {
        return errors;
    }

    /** One bad field of a request. */
    record FieldProblem(String field, String detail) {
    }
}
