package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.api.ApiProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@value #LIMIT} bytes (the WhatsApp webhook: {@value #WEBHOOK_LIMIT}
 * bytes, as Meta's deliveries reach 3 MB) with 413 before anything parses them, whether the client
 * declared the length or streams the body chunked. The accepted body is kept in memory, so the
 * WhatsApp webhook can check the signature over exactly the bytes received. A multipart body to the
 * webhook (Meta sends JSON) is refused with 415 here, before the servlet layer would parse it.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int LIMIT = 64 * 1024;
    static final int WEBHOOK_LIMIT = 3 * 1024 * 1024;
    static final String WEBHOOK_PATH = "/api/v1/whatsapp/webhook";

    private final ApiProblemWriter problems;

    RequestSizeLimitFilter(ApiProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        int limit = limitOf(request);
        if (limit == WEBHOOK_LIMIT
                && request.getContentType() != null
                && request.getContentType().regionMatches(true, 0, "multipart/", 0, 10)) {
            // Spring would parse a multipart body before the webhook sees it, and fail on a broken one with a 500.
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.whatsapp.contentType");
            return;
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static int limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WEBHOOK_PATH.equals(path) || (WEBHOOK_PATH + "/").equals(path) ? WEBHOOK_LIMIT : LIMIT;
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge", limit / 1024);
    }

    /** A request whose body has been read into memory. */
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
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
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
