package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiMessages;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for requests it refuses before the application sees them (a NUL or an
 * encoded slash in the path, a malformed request line): problem+json for /api paths, Tomcat's
 * own terse page, without server details, for everything else.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final ApiMessages messages;
    private final ObjectMapper json;

    ApiErrorReportValve(ApiMessages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable t) {
        String uri = request.getRequestURI();
        if (uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
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
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), messages.get(key, messages.localeOf(request)));
        p.setProperty("code", key);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(p));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: there is nobody left to tell.
        }
    }
}
