package org.fengqiao.platform.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem document: what Tomcat refuses before the application sees a request (a path with
 * {@code %00} or {@code %5c}, a request line that does not parse, an invalid URI) would otherwise be answered with
 * Tomcat's HTML error page. A 400 is {@code REQUEST_REJECTED}, as the firewall's refusals are; another status is named
 * after it ({@code NOT_FOUND}, {@code INTERNAL_ERROR} for any 5xx). Errors the application answers itself have their
 * body written already, which this valve leaves alone.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String code = status == 400 ? "REQUEST_REJECTED" : status >= 500 || known == null ? "INTERNAL_ERROR"
                : known.name();
        String title = status == 400 ? "Request rejected" : known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "The request's path or headers are not accepted." : title + ".";
        String json = ProblemDocuments.json(ProblemDocuments.of(HttpStatusCode.valueOf(status), code, title, detail,
                null, null));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer was begun: nothing more to say
        }
    }

    /**
     * Puts the valve in place of the host's error report valves, Spring Boot's included (hence last of the
     * customizers), and names it as the host's error report valve so that Tomcat adds no other when it starts.
     */
    public static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() == null) {
                    return;
                }
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve());
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
