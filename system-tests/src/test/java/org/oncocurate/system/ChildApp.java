package org.oncocurate.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.oncocurate.app.cli.Curate;

/**
 * {@code curate serve} on the embedded default (its own broker and PostgreSQL) in a child JVM, so that a test can
 * kill it, its broker and its database as an operator or the kernel would. Its data directory survives a restart.
 */
final class ChildApp implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private final Path dataDir;
    private final int httpPort;
    private final int postgresPort;

    ChildApp() throws IOException {
        dataDir = Files.createTempDirectory("oncocurate-child-app");
        httpPort = freePort();
        postgresPort = freePort();
    }

    /** Starts the app on the data directory and waits until it answers {@code /health/live}. */
    Process start() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Curate.class.getName(), "serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.out").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("ONCOCURATE_"));
        builder.environment().put("ONCOCURATE_DATA_DIR", dataDir.toString());
        builder.environment().put("ONCOCURATE_HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("ONCOCURATE_EMBEDDED_POSTGRES_PORT", Integer.toString(postgresPort));
        builder.environment().put("ONCOCURATE_EMBEDDED_KAFKA_PORT", "0");
        builder.environment().put("ONCOCURATE_RETRY_BACKOFF", "PT0.2S");
        Process process = builder.start();
        started.add(process);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("health/live", null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer /health/live within 2 minutes: " + log());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postPdf(String path, String token, byte[] pdf) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(api(path)).header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The embedded PostgreSQL's postmaster, from its pid file. */
    Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim()));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    String log() throws IOException {
        Path log = dataDir.resolve("app.out");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new AssertionError("processes still alive 30 s after SIGKILL: " + processes);
        }
    }

    private URI api(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + "/" + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops what is still running: the apps gently (they stop their broker and database), then by force. */
    @Override
    public void close() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }
}
