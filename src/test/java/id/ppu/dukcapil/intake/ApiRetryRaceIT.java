package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.TestCases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A channel that retries a request before the first attempt answered: the same externalId sent by
 * several clients at the same moment over real HTTP makes one case, and every attempt learns its
 * number (one 201, the others 200), none an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRetryRaceIT {

    private static final String KEY = "ppu_apiraceWebKey0000000000000000000000000";
    /** NIK of this class only (serial 8301); external ids start with APIRACE. */
    private static final String NIK = IntakeTestData.nik(3, 7, 4, 91, 8301);

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void createKey() {
        keys.createIfMissing("apirace-web", KEY, Set.of(ApiScope.SUBMIT), "WEB");
    }

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "external_id like 'APIRACE%' or nik = '" + NIK + "'");
        jdbc.sql("delete from api_key where name = 'apirace-web'").update();
    }

    @Test
    void the_same_external_id_sent_by_several_clients_at_once_makes_one_case_and_every_answer_names_it()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String externalId = "APIRACE-" + round;
                String body = "{\"externalId\":\"" + externalId + "\",\"serviceType\":\"KTP\",\"nik\":\"" + NIK
                        + "\",\"applicantName\":\"Ratna Balapan\",\"villageCode\":\"Nipah-Nipah\"}";
                CyclicBarrier start = new CyclicBarrier(CLIENTS);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    Callable<HttpResponse<String>> post = () -> {
                        HttpRequest request = HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/cases"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + KEY)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        start.await(30, TimeUnit.SECONDS);
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    };
                    answers.add(pool.submit(post));
                }
                List<Integer> statuses = new ArrayList<>();
                List<String> numbers = new ArrayList<>();
                for (Future<HttpResponse<String>> f : answers) {
                    HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                    statuses.add(r.statusCode());
                    numbers.add(
                            r.statusCode() < 300
                                    ? json.readTree(r.body()).path("caseNumber").asText()
                                    : r.body());
                }

                assertThat(statuses).as("round " + round).allMatch(s -> s == 200 || s == 201);
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
                assertThat(numbers).as("round " + round).hasSize(CLIENTS).containsOnly(numbers.get(0));
                assertThat(jdbc.sql("select count(*) from service_case where channel = 'WEB' and external_id = :e")
                                .param("e", externalId)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                // The first round's case is open: later rounds, with new external ids, merge into it.
                assertThat(jdbc.sql("select count(*) from service_case where nik = :nik and status <> 'MERGED'")
                                .param("nik", NIK)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
