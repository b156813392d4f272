package vn.hoctap.api.web;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own refusals — a request target with characters RFC 3986 forbids, an encoded "/" or NUL in the path, a URL
 * or header too long, any error before Spring sees the request — answered as RFC 9457 problem+json like every other
 * refusal, with no server name, no stack trace and no echo of the request. Installed on the host by
 * {@link TomcatProblemConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String body = "{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + detail(status) + "\"}";
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was committed meanwhile: nothing more can be said
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request line, path or headers are malformed (characters RFC 3986 forbids, an encoded"
                    + " slash or NUL in the path, or headers too large)";
            case 404 -> "No resource exists at this path";
            case 413 -> "The request body exceeds the configured limit";
            case 414 -> "The request URL is too long";
            case 431 -> "The request headers are too large";
            default -> ProblemType.forStatus(status).title();
        };
    }
}
