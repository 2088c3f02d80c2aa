package id.ppu.dukcapil.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Raw requests to the API under test: any method, any headers, any bytes as the body, so tests
 * can send what a careless client sends. Also a fingerprint of the tables a request could write.
 */
final class ApiRequests {

    /** Every table an API request could write to: cases, their history and channels, messages. */
    private static final String FINGERPRINT = """
            select (select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.id)), '') from service_case t)
                || '|' || (select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.id)), '') from case_event t)
                || '|' || (select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.case_id, t.channel)), '')
                           from case_channel t)
                || '|' || (select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.id)), '')
                           from inbound_message t)""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final int port;

    ApiRequests(int port) {
        this.port = port;
    }

    /** Sends {@code method rawPathAndQuery} (already percent-encoded) with the headers and body given. */
    HttpResponse<String> send(String method, String rawPathAndQuery, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fingerprint of every row an API request could have written; equal fingerprints mean nothing was stored. */
    static String fingerprint(JdbcClient jdbc) {
        return jdbc.sql(FINGERPRINT).query(String.class).single();
    }
}
