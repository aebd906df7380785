package org.oncocurate.store.web;

import static io.javalin.http.HandlerType.GET;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /health/live}: the process answers. {@code /health/ready} (and {@code /health}): every check passes within
 * {@value #TIMEOUT_SECONDS} s; otherwise 503 naming what is down. {@code /metrics}: the process's metrics in the
 * Prometheus text format, for a scraper on the operators' network.
 */
final class HealthRoutes implements AutoCloseable {
    static final int TIMEOUT_SECONDS = 3;
    private static final long INTAKE_CACHE_MILLIS = 5_000;
    private static final int INTAKE_RETRY_SECONDS = 30;

    private final List<HealthCheck> checks;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "health-probe");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<String> metrics;
    private volatile IntakeState intake;

    HealthRoutes(Jdbi database, List<HealthCheck> more, Supplier<String> metrics) {
        this.metrics = metrics;
        List<HealthCheck> all = new ArrayList<>();
        all.add(new HealthCheck("database", () -> database.useHandle(handle -> handle.createQuery("SELECT 1")
                .mapTo(Integer.class).one())));
        all.addAll(more);
        this.checks = List.copyOf(all);
    }

    /**
     * Refuses an upload with 503 and {@code Retry-After} while a check that gates intake (the broker) is down. The
     * answer is kept for {@value #INTAKE_CACHE_MILLIS} ms, so a burst of uploads probes once.
     */
    void requireIntake(Context ctx) {
        long now = System.currentTimeMillis();
        IntakeState state = intake;
        if (state == null || now - state.checkedAt() > INTAKE_CACHE_MILLIS) {
            List<String> down = new ArrayList<>();
            for (HealthCheck check : checks) {
                if (check.gatesIntake() && !passes(check)) {
                    down.add(check.name());
                }
            }
            state = new IntakeState(now, List.copyOf(down));
            intake = state;
        }
        if (!state.down().isEmpty()) {
            ctx.header("Retry-After", String.valueOf(INTAKE_RETRY_SECONDS));
            throw new HttpRefusal(503, "papers cannot be accepted while " + String.join(" and ", state.down())
                    + " is unavailable; try again in " + INTAKE_RETRY_SECONDS + " s");
        }
    }

    private record IntakeState(long checkedAt, List<String> down) {
    }

    private boolean passes(HealthCheck check) {
        CompletableFuture<Void> probe = start(check);
        try {
            probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            probe.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a check on the probe threads; it fails with the check's own message as the cause's message. */
    private CompletableFuture<Void> start(HealthCheck check) {
        return CompletableFuture.runAsync(() -> {
            try {
                check.probe().check();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }, probes);
    }

    List<Route> routes() {
        return List.of(
                Route.api(GET, "/health", Access.PUBLIC, this::ready),
                Route.api(GET, "/health/live", Access.PUBLIC, ctx -> ApiRoutes.json(ctx, Map.of("status", "up"))),
                Route.api(GET, "/health/ready", Access.PUBLIC, this::ready),
                Route.api(GET, "/metrics", Access.PUBLIC, ctx -> ctx
                        .contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get())));
    }

    private void ready(Context ctx) {
        Map<String, CompletableFuture<Void>> running = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            running.put(check.name(), start(check));
        }
        Map<String, String> results = new LinkedHashMap<>();
        List<String> down = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        running.forEach((name, probe) -> {
            try {
                probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                results.put(name, "up");
            } catch (TimeoutException e) {
                probe.cancel(true);
                results.put(name, "down: no answer within " + TIMEOUT_SECONDS + " s");
                down.add(name);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                results.put(name, "down: " + cause.getMessage());
                down.add(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(name, "down: interrupted");
                down.add(name);
            }
        });
        ctx.status(down.isEmpty() ? 200 : 503);
        ApiRoutes.json(ctx, down.isEmpty() ? Map.of("status", "up", "checks", results)
                : Map.of("status", "down", "down", down, "checks", results));
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
