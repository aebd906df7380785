package org.oncocurate.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Talks to a running OncoCurate's REST API with an API token ({@code Authorization: Bearer}); token requests need no
 * CSRF token, which only guards browser sessions.
 */
final class ApiClient {
    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(String baseUrl, String token) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
    }

    HttpResponse<String> submit(Path pdf) throws IOException, InterruptedException {
        String name = URLEncoder.encode(pdf.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/papers?name=" + name))
                .header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(pdf))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    URI base() {
        return base;
    }
}
