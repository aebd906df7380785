package org.oncocurate.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Role;

/** Uploads with hostile names or no content, and requests Jetty refuses before any route sees them. */
class ApiEdgesIT {
    private static final byte[] PDF = "%PDF-1.7 edge".getBytes(StandardCharsets.US_ASCII);
    private static Database database;
    private static ReviewServer server;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        StoreServices store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        token = store.tokens().create(TestDatabase.account(store, "curator", Role.CURATOR), "edges");
        server = ReviewServer.start(store, null, new ServerSettings("127.0.0.1", 0, 10_000_000, false));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @Test
    void aMultipartFileNameWithANulIsABadRequest() throws Exception {
        HttpResponse<String> response = multipart("a\u0000b.pdf", PDF);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Json.read(response.body(), JsonNode.class).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void aRawUploadNamedWithANulIsABadRequest() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/papers?name="
                        + URLEncoder.encode("a\u0000b.pdf", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("control character");
    }

    @Test
    void anOverLongMultipartFileNameIsABadRequest() throws Exception {
        HttpResponse<String> response = multipart("x".repeat(5_000) + ".pdf", PDF);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Json.read(response.body(), JsonNode.class).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void anEmptyMultipartFileIsABadRequestLikeAnEmptyBody() throws Exception {
        HttpResponse<String> response = multipart("empty.pdf", new byte[0]);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("empty");
    }

    @Test
    void aWellNamedMultipartFileIsStillAccepted() throws Exception {
        HttpResponse<String> response = multipart("Review (2024) \u00e9.pdf", PDF);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void aMalformedRequestGetsAProblemDetailNotAnHtmlPage() throws Exception {
        assertProblem(raw("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n"), 400);
    }

    @Test
    void anOverLongUriGetsAProblemDetailWith414() throws Exception {
        assertProblem(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
    }

    @Test
    void anOverLargeHeaderGetsAProblemDetailWith431() throws Exception {
        assertProblem(raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"), 431);
    }

    private static void assertProblem(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        int split = response.indexOf("\r\n\r\n");
        String headers = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        assertThat(headers).contains("content-type: application/problem+json");
        JsonNode problem = Json.read(response.substring(split + 4), JsonNode.class);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.has("detail")).isTrue();
    }

    @Test
    void ourOwnErrorsAreProblemDetailsToo() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/papers/" + "0".repeat(64)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Json.read(response.body(), JsonNode.class);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("title").asText()).isEqualTo("Not Found");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("detail").asText()).contains("no paper");
    }

    @Test
    void aBodyOverAMegabyteIsRefusedOnEveryRouteButUploadsBeforeItIsRead() throws Exception {
        byte[] big = ("{\"label\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(Json.read(response.body(), JsonNode.class).path("status").asInt()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyWithoutALengthIsRefusedOutsideUploads() throws Exception {
        String answer = raw("POST /api/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 411");
    }

    @Test
    void anUploadOfMoreThanTwentyFilesIsABadRequest() throws Exception {
        String boundary = "many-files";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i <= ApiRoutes.MAX_FILES_PER_UPLOAD; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f" + i
                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(("%PDF-1.7 file " + i).getBytes(StandardCharsets.US_ASCII));
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/papers"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("at most 20 files");
    }

    private HttpResponse<String> multipart(String fileName, byte[] content) throws Exception {
        String boundary = "edge-boundary-42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/papers")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends bytes as they are (an HTTP client would refuse to), reads the answer until the server closes. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answer.write(buffer, 0, read);
                    String text = answer.toString(StandardCharsets.ISO_8859_1);
                    int split = text.indexOf("\r\n\r\n");
                    if (split >= 0 && complete(text, split)) {
                        break;
                    }
                }
            } catch (java.net.SocketException closed) {
                // the server may reset the connection after answering a bad request
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String text, int split) {
        for (String line : text.substring(0, split).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return text.length() - split - 4 >= Integer.parseInt(line.substring(15).trim());
            }
        }
        return false;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
