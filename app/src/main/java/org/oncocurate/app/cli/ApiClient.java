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

/** Talks to a running OncoCurate's REST API. */
final class ApiClient {
    private final URI base;
    private final String user;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(String baseUrl, String user) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.user = user;
    }

    HttpResponse<String> submit(Path pdf) throws IOException, InterruptedException {
        String name = URLEncoder.encode(pdf.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/papers?name=" + name))
                .header("Content-Type", "application/pdf")
                .header("X-OncoCurate-User", user)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(pdf))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("X-OncoCurate-User", user)
                .timeout(Duration.ofMinutes(10))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    URI base() {
        return base;
    }
}
