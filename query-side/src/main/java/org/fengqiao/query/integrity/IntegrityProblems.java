package org.fengqiao.query.integrity;

import org.springframework.http.HttpStatus;
import org.fengqiao.query.web.QueryProblems;
import org.springframework.web.ErrorResponseException;

/** The problem documents of the integrity, dossier and board-history APIs, shaped like the rest of the API's. */
public final class IntegrityProblems {

    private IntegrityProblems() {
    }

    public static ErrorResponseException caseNotFound() {
        return problem(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "Case not found", "No case with this id is known.", null);
    }

    public static ErrorResponseException notFound(String code, String detail) {
        return problem(HttpStatus.NOT_FOUND, code, "Not found", detail, null);
    }

    /** Says what is expected, never echoing the value that was sent. */
    public static ErrorResponseException invalidValue(String field, String expected) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "Invalid value", field + " " + expected, field);
    }

    public static ErrorResponseException conflict(String code, String detail) {
        return problem(HttpStatus.CONFLICT, code, "Conflict", detail, null);
    }

    public static ErrorResponseException problem(HttpStatus status, String code, String title, String detail,
            String field) {
        return QueryProblems.problem(status, code, title, detail, field);
    }
}
