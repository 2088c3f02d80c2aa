package id.ppu.dukcapil.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Deliveries to the webhook over real HTTP, signed as Meta signs them. */
final class WebhookHttp {

    static final String PATH = "/api/v1/whatsapp/webhook";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String appSecret;

    WebhookHttp(int port, String appSecret) {
        this.port = port;
        this.appSecret = appSecret;
    }

    /** POSTs {@code body} as application/json with a valid signature. */
    HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return post(body, "application/json");
    }

    /** POSTs {@code body} with a valid signature and the given Content-Type (none if null). */
    HttpResponse<String> post(byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(PATH))
                .header("X-Hub-Signature-256", WhatsAppSignature.sign(body, appSecret))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
