package org.oncocurate.app.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the embedded Kafka broker (KRaft, broker and controller in one) in its own JVM: formats the log directory on
 * first start, then runs {@code kafka.Kafka}. It exits when its standard input closes, so the broker never outlives
 * the application that started it, even when that application is killed.
 *
 * <p>Arguments: the server.properties file, the log directory, the cluster id.
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        Path properties = Path.of(args[0]);
        Path logDir = Path.of(args[1]);
        String clusterId = args[2];
        Thread watchdog = new Thread(() -> {
            try (InputStream parent = System.in) {
                while (parent.read() >= 0) {
                    // Nothing is sent on this pipe; it only ever ends.
                }
            } catch (IOException e) {
                // The parent is gone either way.
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int status = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", properties.toString()},
                    new PrintStream(System.err, true, StandardCharsets.UTF_8));
            if (status != 0) {
                System.err.println("formatting the Kafka log directory failed with status " + status);
                System.exit(status);
            }
        }
        kafka.Kafka.main(new String[] {properties.toString()});
    }
}
