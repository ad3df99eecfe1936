package org.fengqiao.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;

/**
 * Kept only while the security filters still call it; writes through {@link ProblemDocuments}, the one builder of
 * problem documents.
 *
 * @deprecated use {@link ProblemDocuments#write(HttpServletRequest, HttpServletResponse,
 *     org.springframework.http.HttpStatusCode, String, String, String)}.
 */
@Deprecated(forRemoval = true)
public final class Problems {

    public static final String TYPE_PREFIX = ProblemDocuments.TYPE_PREFIX;

    private Problems() {
    }

    public static String typeOf(String code) {
        return ProblemDocuments.typeOf(code).toString();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String title, String detail) throws IOException {
        ProblemDocuments.write(request, response, status, code, title, detail);
    }
}
