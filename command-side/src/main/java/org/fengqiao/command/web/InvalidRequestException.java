package org.fengqiao.command.web;

/** A request value that the web layer rejects before any command is sent; answered with 400. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String detail) {
        super(detail, null, false, false);
        this.field = field;
    }

    /** The request field, header or path segment at fault, or {@code null} when it is not known. */
    String field() {
        return field;
    }
}
