package id.ppu.dukcapil.base.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for requests it refuses before the application sees them (a NUL or an
 * encoded slash in the path, a malformed request line): problem+json for /api paths, Tomcat's
 * own terse page, without server details, for everything else.
 *
 * <p>Whether a request is for the API is decided on the path as it was sent, never decoded: a
 * request Tomcat refuses may have no decoded path at all, and one whose request line it could not
 * parse has no path either, only the bytes received.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final ApiProblemWriter problems;

    ApiErrorReportValve(ApiProblemWriter problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable t) {
        if (!ApiPaths.isApi(rawPath(request), "")) {
            super.report(request, response, t);
            return;
        }
        int status = response.getStatus();
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get()) {
            return;
        }
        String key = status == HttpStatus.BAD_REQUEST.value() ? "api.error.rejected" : "api.error.request";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.toJson(problems.problem(request, HttpStatusCode.valueOf(status), key)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: there is nobody left to tell.
        }
    }

    /**
     * The path of the request target as sent (without the query). Tomcat records the target only
     * once the request line is parsed; when parsing failed (a raw byte a target may not hold, an
     * invalid method, a request line longer than the header buffer) the target is read from the
     * bytes received, which the input buffer holds from the start of this request on.
     */
    private static String rawPath(Request request) {
        MessageBytes uri = request.getCoyoteRequest().requestURI();
        if (!uri.isNull()) {
            return uri.toString();
        }
        if (request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler received
                && received.getByteBuffer() != null) {
            return targetPath(received.getByteBuffer());
        }
        return null;
    }

    /** The path in a request line "METHOD SP target SP ...", read without moving the buffer. */
    private static String targetPath(ByteBuffer bytes) {
        int end = bytes.limit();
        int at = 0;
        while (at < end && (bytes.get(at) == '\r' || bytes.get(at) == '\n')) {
            at++;
        }
        while (at < end && !isBlank(bytes.get(at)) && !isEol(bytes.get(at))) {
            at++;
        }
        while (at < end && isBlank(bytes.get(at))) {
            at++;
        }
        StringBuilder target = new StringBuilder();
        for (; at < end && !isBlank(bytes.get(at)) && !isEol(bytes.get(at)) && bytes.get(at) != '?'; at++) {
            target.append((char) (bytes.get(at) & 0xff));
        }
        String path = target.toString();
        // An absolute-form target (http://host/path) names its path after the authority.
        int scheme = path.indexOf("://");
        if (scheme > 0 && path.substring(0, scheme).chars().allMatch(Character::isLetter)) {
            int slash = path.indexOf('/', scheme + 3);
            return slash < 0 ? "" : path.substring(slash);
        }
        return path;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static boolean isEol(byte b) {
        return b == '\r' || b == '\n';
    }
}
