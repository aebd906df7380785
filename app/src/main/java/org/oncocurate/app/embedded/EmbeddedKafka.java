package org.oncocurate.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.oncocurate.app.kafka.KafkaClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, from the {@code kafka_2.13} artifact) in a child JVM, keeping its log under the data
 * directory so a restart keeps the topics and offsets.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** Waits between restarts of a broker that keeps dying: 1 s, then doubled up to a minute. */
    private static final Duration FIRST_RESTART_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_RESTART_WAIT = Duration.ofMinutes(1);

    private final List<String> command;
    private final Path directory;
    private final int port;
    private final Object lock = new Object();
    private volatile Process process;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedKafka(List<String> command, Path directory, int port) {
        this.command = List.copyOf(command);
        this.directory = directory;
        this.port = port;
    }

    /**
     * Starts the broker on {@code port} (0: any free port) and returns once it answers. A broker that dies later (an
     * operator's kill, the OOM killer) is started again on the same port and data, so the clients reconnect.
     */
    public static EmbeddedKafka start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            Path logDir = directory.resolve("log");
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            Path properties = directory.resolve("server.properties");
            Files.writeString(properties, serverProperties(logDir, brokerPort, controllerPort), StandardCharsets.UTF_8);
            String clusterId = clusterId(directory);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms256m");
            command.add("-Xmx768m");
            command.add("-XX:+UseG1GC");
            command.add("-Djava.awt.headless=true");
            command.add("-Dlogback.configurationFile=oncocurate-broker-logback.xml");
            command.add("-Doncocurate.broker.log=" + directory.resolve("broker.log"));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(BrokerMain.class.getName());
            command.add(properties.toString());
            command.add(logDir.toString());
            command.add(clusterId);
            EmbeddedKafka kafka = new EmbeddedKafka(command, directory, brokerPort);
            kafka.launch();
            kafka.supervise();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker", e);
        }
    }

    private void launch() throws IOException {
        synchronized (lock) {
            process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.out").toFile()))
                    .redirectErrorStream(true)
                    .start();
        }
        awaitReady(directory);
    }

    private void supervise() {
        supervisor = new Thread(() -> {
            Duration wait = FIRST_RESTART_WAIT;
            while (!closing) {
                Process current = process;
                try {
                    int status = current.waitFor();
                    if (closing) {
                        return;
                    }
                    LOG.error("the embedded Kafka broker died (exit status {}); starting it again in {} s", status,
                            wait.toSeconds());
                    Thread.sleep(wait.toMillis());
                    if (closing) {
                        return;
                    }
                    launch();
                    LOG.warn("the embedded Kafka broker is back on {}", bootstrapServers());
                    wait = FIRST_RESTART_WAIT;
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.error("starting the embedded Kafka broker again failed: {}", e.toString());
                    wait = wait.multipliedBy(2).compareTo(LONGEST_RESTART_WAIT) > 0 ? LONGEST_RESTART_WAIT
                            : wait.multipliedBy(2);
                }
            }
        }, "embedded-kafka-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    private void awaitReady(Path directory) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the embedded Kafka broker exited with status " + process.exitValue()
                        + "; see " + directory.resolve("broker.out") + " and " + directory.resolve("broker.log"));
            }
            if (!accepts(port)) {
                sleep(250);
                continue;
            }
            try (Admin admin = KafkaClients.admin(bootstrapServers())) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                LOG.info("embedded Kafka broker up on {}", bootstrapServers());
                return;
            } catch (Exception e) {
                last = e;
                sleep(500);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the embedded Kafka broker did not answer within " + START_TIMEOUT.toSeconds()
                + " s: " + last);
    }

    /** Probing the port first keeps the admin client from logging a warning per refused connection. */
    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String serverProperties(Path logDir, int brokerPort, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=6",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=16777216",
                "auto.create.topics.enable=false",
                "");
    }

    /** The cluster id is chosen once and kept beside the log, which is formatted with it. */
    private static String clusterId(Path directory) throws IOException {
        Path file = directory.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** Stops the broker gracefully (closing its standard input), forcibly after 30 s; it is not started again. */
    @Override
    public void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        Process process;
        synchronized (lock) {
            process = this.process;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("the embedded Kafka broker did not stop within 30 s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
