package vn.hoctap.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoctap.api.config.HoctapProperties;

/**
 * Refuses request bodies above the configured size with 413 problem+json: at once when Content-Length says so, and
 * while reading when the body is chunked. Batch submissions have their own, larger limit. Text bodies (JSON, CSV) are
 * read through {@link Utf8SanitizingInputStream}, so that bytes which are not UTF-8 arrive as U+FFFD and are refused
 * with their field named instead of being silently decoded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Bytes a multipart body may carry besides its one file (boundaries, part headers). */
    private static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final HoctapProperties properties;
    private final Problems problems;

    RequestSizeLimitFilter(HoctapProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().endsWith("/batch") ? properties.http().maxBatchBodySize().toBytes()
                : "POST".equals(request.getMethod()) && "/api/v1/assessment-batches".equals(request.getRequestURI())
                        ? properties.http().maxAsyncBatchBodySize().toBytes()
                : "POST".equals(request.getMethod()) && "/api/v1/rulesets".equals(request.getRequestURI())
                        ? properties.rulesets().maxUploadSize().toBytes()
                : isEvidenceUpload(request) ? properties.evidence().maxFileSize().toBytes() + MULTIPART_ENVELOPE
                : properties.http().maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit && isEvidenceUpload(request)) {
            long max = properties.evidence().maxFileSize().toBytes();
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, "The evidence file exceeds " + max
                    + " bytes", List.of(new FieldProblem("file", "TOO_LARGE", "the upload has "
                            + request.getContentLengthLong() + " bytes; a file may have at most " + max)));
            return;
        }
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit, isText(request.getContentType())), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
            }
        } catch (ServletException e) {
            if (e.getCause() instanceof BodyTooLargeException && !response.isCommitted()) {
                response.reset();
                problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
            } else {
                throw e;
            }
        }
    }

    /** {@code POST /api/v1/evidence}: its limit is the file's, plus room for the multipart envelope. */
    private static boolean isEvidenceUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/api/v1/evidence".equals(request.getRequestURI());
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json") || type.startsWith("text/");
    }

    private static String tooLarge(long limit) {
        return "The request body exceeds " + limit + " bytes";
    }

    /** Thrown while reading a body past the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean text;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, boolean text) {
            super(request);
            this.limit = limit;
            this.text = text;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream body = super.getInputStream();
                stream = new LimitedStream(body, text ? new Utf8SanitizingInputStream(body) : body, limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final java.io.InputStream source;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, java.io.InputStream source, long limit) {
            this.delegate = delegate;
            this.source = source;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = source.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = source.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            try {
                return delegate.isFinished() && source.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
