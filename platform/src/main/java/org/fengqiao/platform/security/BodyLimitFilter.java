package org.fengqiao.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code fengqiao.http.max-body-size} (1 MB) with 413, before anything parses it, a body
 * whose {@code Content-Type} is no concrete media type ({@code *}{@code /*}, {@code ;;;}) with 415 (Spring would
 * fail on it later, as an internal error), and keeps the bytes of an accepted body so that later filters (the idempotency check hashes it) can read it again:
 * {@link #bodyOf(HttpServletRequest)}.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = BodyLimitFilter.class.getName();

    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The console's form posts ({@code /ui/**}, form-encoded) are left to the container, which reads them as request
     * parameters and limits them itself ({@code server.tomcat.max-http-form-post-size}): a body read here would be
     * gone for the parameters, CSRF token included.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getRequestURI().startsWith(request.getContextPath() + "/ui/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        if (!concrete(request.getContentType())) {
            ProblemDocuments.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Unsupported Media Type", "The Content-Type must name one media type, such as application/json.");
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response);
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            tooLarge(request, response);
            return;
        }
        request.setAttribute(ATTRIBUTE, body);
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** The body of a POST, PUT or PATCH request that passed this filter, or {@code null}. */
    public static byte[] bodyOf(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof byte[] body ? body : null;
    }

    /** No content type at all is left to the endpoint; one that is given must parse and name no wildcard. */
    private static boolean concrete(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ProblemDocuments.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Payload too large",
                "The request body is larger than " + maxBytes + " bytes.");
    }

    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
