package org.oncocurate.store;

import org.testcontainers.DockerClientFactory;

/**
 * Whether integration tests run their broker and database in containers: where a Docker engine answers, unless
 * {@code -Doncocurate.tests.containers=never} asks for the embedded ones.
 */
public final class Containers {
    private static Boolean available;

    private Containers() {
    }

    public static synchronized boolean dockerAvailable() {
        if (available == null) {
            available = !"never".equals(System.getProperty("oncocurate.tests.containers"))
                    && DockerClientFactory.instance().isDockerAvailable();
        }
        return available;
    }
}
