package id.ppu.dukcapil.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP requests to the application under test (random port), with an optional API key. */
public final class ApiHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiHttp(int port) {
        this.port = port;
    }

    /** GET {@code path} with {@code Accept: accept} and, unless {@code key} is null, {@code Authorization: Bearer key}. */
    public HttpResponse<String> get(String path, String key, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
