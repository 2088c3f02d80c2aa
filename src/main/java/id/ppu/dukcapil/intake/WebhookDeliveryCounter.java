package id.ppu.dukcapil.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every POST to the WhatsApp webhook by the status it is answered with, ahead of every
 * other filter: refusals of the size filter (413, 415) and of the controller (401, 400, 415) alike.
 */
class WebhookDeliveryCounter extends OncePerRequestFilter {

    private final IntakeMetrics metrics;

    WebhookDeliveryCounter(IntakeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            metrics.delivery(failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
        }
    }
}
