package org.fengqiao.command.integrations.hotline;

import org.springframework.http.HttpStatus;

/**
 * A work order refused before any command is sent: a field missing or unreadable (400, naming the city's field), or a
 * code the mapping tables do not know (422, naming the code: area and unit codes are no one's personal data).
 */
class HotlineOrderRejected extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    HotlineOrderRejected(HttpStatus status, String code, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static HotlineOrderRejected invalid(String field, String detail) {
        return new HotlineOrderRejected(HttpStatus.BAD_REQUEST, "INVALID_VALUE", field, detail);
    }

    static HotlineOrderRejected unknown(String code, String field, String detail) {
        return new HotlineOrderRejected(HttpStatus.UNPROCESSABLE_ENTITY, code, field, detail);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
