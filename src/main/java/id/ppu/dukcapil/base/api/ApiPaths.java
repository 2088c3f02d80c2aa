package id.ppu.dukcapil.base.api;

/** Which requests belong to the API, decided on the path as it was sent, never decoded. */
public final class ApiPaths {

    private ApiPaths() {}

    /**
     * True for "/api", "/api/..." and "/api;..." (a path parameter on the first segment) after the
     * context path: the raw path of a request Tomcat or the request firewall refuses may not
     * decode at all, so the decision cannot wait for a decoded one.
     */
    public static boolean isApi(String rawPath, String contextPath) {
        String prefix = contextPath + "/api";
        return rawPath != null
                && rawPath.startsWith(prefix)
                && (rawPath.length() == prefix.length()
                        || rawPath.charAt(prefix.length()) == '/'
                        || rawPath.charAt(prefix.length()) == ';');
    }
}
