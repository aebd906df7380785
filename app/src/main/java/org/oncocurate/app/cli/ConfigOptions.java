package org.oncocurate.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oncocurate.app.config.ConfigKey;
import org.oncocurate.app.config.Settings;
import picocli.CommandLine.Option;

/** Options shared by the commands that run services: settings overrides on top of the environment. */
final class ConfigOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting (see README, Configuration), e.g. --set HTTP_PORT=9090.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded broker and database keep their data (ONCOCURATE_DATA_DIR).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the review UI and REST API.")
    Integer port;

    Settings settings() {
        return settings(Map.of());
    }

    /** The settings, with {@code defaults} (setting name to value) in place of the environment's where given. */
    Settings settings(Map<String, String> defaults) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        all.putAll(overrides);
        if (dataDir != null) {
            all.put(ConfigKey.DATA_DIR.name(), dataDir.toString());
        }
        if (port != null) {
            all.put(ConfigKey.HTTP_PORT.name(), port.toString());
        }
        return Settings.fromEnvironment(all);
    }
}
