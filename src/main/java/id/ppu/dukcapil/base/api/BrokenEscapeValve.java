package id.ppu.dukcapil.base.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Refuses with 400 a path holding a broken percent-encoding ({@code %G1}, a trailing {@code %})
 * where Tomcat does not look: in a path parameter, {@code /api/v1/imports/;x=%G1}. Tomcat strips
 * path parameters before it decodes the path, so the request reached the application, where
 * Spring parses the path as sent, fails to decode it and answered 500, ahead of the request
 * firewall that would have refused the semicolon. Sits on the host after the error report valve,
 * which then words the refusal like any other of Tomcat's.
 */
class BrokenEscapeValve extends ValveBase {

    BrokenEscapeValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!response.isError()
                && hasBrokenEscape(request.getCoyoteRequest().requestURI().toString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        getNext().invoke(request, response);
    }

    /** True if a {@code %} in the path is not followed by two hexadecimal digits. */
    static boolean hasBrokenEscape(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || !isHex(rawPath.charAt(i + 1)) || !isHex(rawPath.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
