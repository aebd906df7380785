package org.oncocurate.app.cli;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.pipeline.Infrastructure;
import org.oncocurate.app.pipeline.Pipeline;
import org.oncocurate.app.pipeline.Role;

/** A process running services until it is interrupted (Ctrl-C or SIGTERM), then stopping them in order. */
final class ServiceProcess implements AutoCloseable {
    private final Infrastructure infrastructure;
    private final Pipeline pipeline;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ServiceProcess(Infrastructure infrastructure, Pipeline pipeline) {
        this.infrastructure = infrastructure;
        this.pipeline = pipeline;
    }

    static ServiceProcess start(Settings settings, Set<Role> roles) {
        Infrastructure infrastructure = Infrastructure.resolve(settings, roles);
        try {
            Pipeline pipeline = Pipeline.start(settings, roles, infrastructure, Clock.systemUTC());
            ServiceProcess process = new ServiceProcess(infrastructure, pipeline);
            Runtime.getRuntime().addShutdownHook(new Thread(process::close, "shutdown"));
            return process;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    Pipeline pipeline() {
        return pipeline;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        pipeline.close();
        infrastructure.close();
        stopped.countDown();
    }
}
