package org.fengqiao.query.boards;

import org.springframework.http.HttpStatus;

/**
 * A board request that cannot be answered: an unknown node (404), a malformed time or an unservable window (400), a
 * query that was not answered in time (503). {@link BoardController} answers it with a problem document.
 */
class BoardRequestException extends RuntimeException {

    static final String UNKNOWN_NODE = "UNKNOWN_NODE";
    static final String INVALID_VALUE = "INVALID_VALUE";
    static final String INVALID_WINDOW = "INVALID_WINDOW";
    static final String QUERY_TIMEOUT = "QUERY_TIMEOUT";

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final String field;

    BoardRequestException(HttpStatus status, String code, String title, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String field() {
        return field;
    }
}
