package id.ppu.dukcapil.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters a GET endpoint of the API does not declare, and declared ones given
 * more than once, with 400 naming the parameter: a typo such as {@code groupby=month} would
 * otherwise be ignored silently and answer with figures the client did not ask for. Endpoints
 * marked {@link AnyQueryParameters} take any parameters.
 */
class ApiQueryParameters implements HandlerInterceptor {

    /** Longest parameter name repeated back to the client. */
    private static final int MAX_NAME = 40;

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, List<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())
                || !(handler instanceof HandlerMethod method)
                || method.hasMethodAnnotation(AnyQueryParameters.class)
                || method.getBeanType().isAnnotationPresent(AnyQueryParameters.class)) {
            return true;
        }
        List<String> allowed = declared.computeIfAbsent(method, ApiQueryParameters::requestParams);
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw new ApiParameterException(shown(p.getKey()), "api.error.parameter.unknown", allowed);
            }
            if (p.getValue().length > 1) {
                throw new ApiParameterException(p.getKey(), "api.error.parameter.repeated");
            }
        }
        return true;
    }

    private static List<String> requestParams(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                .map(ApiQueryParameters::name)
                .sorted()
                .toList();
    }

    private static String name(MethodParameter p) {
        RequestParam a = p.getParameterAnnotation(RequestParam.class);
        String name = a == null ? "" : a.name().isEmpty() ? a.value() : a.name();
        if (!name.isEmpty()) {
            return name;
        }
        p.initParameterNameDiscovery(NAMES);
        return p.getParameterName();
    }

    private static String shown(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
