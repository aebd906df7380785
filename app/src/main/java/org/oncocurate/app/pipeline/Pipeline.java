package org.oncocurate.app.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.oncocurate.app.config.ConfigException;
import org.oncocurate.app.config.ConfigKey;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.kafka.KafkaClients;
import org.oncocurate.app.kafka.OutboxRelay;
import org.oncocurate.app.kafka.StageRunner;
import org.oncocurate.app.kafka.Topic;
import org.oncocurate.app.kafka.TopicAdmin;
import org.oncocurate.app.kafka.Topics;
import org.oncocurate.app.metrics.MetricsServer;
import org.oncocurate.app.metrics.PipelineMetrics;
import org.oncocurate.app.render.IsolatedPageRenderer;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.outcome.OutcomeChecks;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.event.PaperIngested;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.AccountException;
import org.oncocurate.store.blob.BlobStore;
import org.oncocurate.store.crop.Crops;
import org.oncocurate.store.paper.PaperState;
import org.oncocurate.store.paper.StuckPapers;
import org.oncocurate.store.web.ReviewServer;
import org.oncocurate.store.web.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running services of one process: for each role, its consumer threads, and for the store its HTTP server and
 * outbox relay. Each role is a consumer group, so more processes running a role share its topic's partitions.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** Crops are 10-60 KB; this keeps the evidence of a few large papers in memory. */
    private static final long CROP_CACHE_BYTES = 64L * 1024 * 1024;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Thread> consumerThreads = new ArrayList<>();
    private final PipelineMetrics metrics = new PipelineMetrics();
    private StoreServices store;
    private ReviewServer server;

    private Pipeline() {
        resources.add(metrics);
    }

    public static Pipeline start(Settings settings, Set<Role> roles, Infrastructure infrastructure, Clock clock) {
        Pipeline pipeline = new Pipeline();
        try {
            pipeline.startRoles(settings, roles, infrastructure, clock);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startRoles(Settings settings, Set<Role> roles, Infrastructure infrastructure, Clock clock) {
        String bootstrap = infrastructure.bootstrapServers();
        TopicAdmin.ensureTopics(bootstrap, settings.kafka().partitions(), settings.kafka().replicationFactor());
        Producer<String, byte[]> producer = KafkaClients.producer(bootstrap, "oncocurate-" + String.join("-",
                roles.stream().map(Role::label).sorted().toList()));
        resources.add(producer);
        metrics.bind(producer);
        MeterRegistry meters = metrics.registry();
        Database database = null;
        if (roles.contains(Role.INGEST) || roles.contains(Role.STORE)) {
            database = Database.connect(infrastructure.jdbcUrl(),
                    new Database.Login(infrastructure.dbUser(), infrastructure.dbPassword()), infrastructure.appLogin(),
                    settings.database().poolSize());
            resources.add(database);
            store = StoreServices.over(database, settings.ingest().maxBytes(), clock, OutcomeChecks::run);
        }
        Settings.RunnerSettings runner = settings.runner();
        Duration retries = runner.backoff().multipliedBy((1L << Math.min(runner.attempts(), 16)));
        if (roles.contains(Role.INGEST)) {
            Duration pollInterval = settings.ingest().parseTimeout().multipliedBy(runner.attempts())
                    .plus(retries).plus(Duration.ofMinutes(1));
            for (int worker = 0; worker < runner.workers(); worker++) {
                PdfIngest ingest = PdfIngest.isolated(settings.ingest());
                resources.add(ingest);
                BlobStore blobs = store.blobs();
                StageRunner.Handler<PaperSubmitted> handler = (key, event) -> {
                    byte[] pdf = blobs.get(event.paperId()).orElseThrow(() -> new StageRejection(
                            RejectionReason.MISSING_PDF, "no stored PDF has id " + event.paperId()));
                    PaperText text = ingest.apply(pdf);
                    meters.counter("oncocurate.pages", "stage", "ingest").increment(text.pages().size());
                    send(producer, Topics.PAPER_INGESTED, event.paperId(),
                            new PaperIngested(event.paperId(), PdfIngest.VERSION, clock.instant(), text));
                };
                run("ingest", Topics.PAPER_SUBMITTED, handler, producer, bootstrap, 1, pollInterval, runner, true,
                        clock, worker);
            }
        }
        if (roles.contains(Role.EXTRACT)) {
            ExtractionResources shared = ExtractionResources.load(settings.extract().drugBankVocabulary());
            for (int worker = 0; worker < runner.workers(); worker++) {
                Extractor extractor = Extractor.create(shared);
                StageRunner.Handler<PaperIngested> handler = (key, event) -> {
                    FindingsExtracted findings = new FindingsExtracted(event.paperId(), clock.instant(),
                            extractor.apply(event.text()));
                    meters.counter("oncocurate.pages", "stage", "extract").increment(event.text().pages().size());
                    send(producer, Topics.FINDINGS_EXTRACTED, event.paperId(), findings);
                };
                run("extract", Topics.PAPER_INGESTED, handler, producer, bootstrap, 5, retries.plusMinutes(10),
                        runner, true, clock, worker);
            }
        }
        if (roles.contains(Role.STORE)) {
            StoreServices services = store;
            for (int worker = 0; worker < runner.workers(); worker++) {
                run("store", Topics.PAPER_INGESTED, (key, event) -> services.papers().ingested(event), producer,
                        bootstrap, 20, retries.plusMinutes(5), runner, true, clock, worker);
                run("store", Topics.FINDINGS_EXTRACTED, (key, event) -> services.findings().store(event), producer,
                        bootstrap, 20, retries.plusMinutes(5), runner, true, clock, worker);
                run("store", Topics.PAPER_REJECTED, (key, event) -> services.papers().rejected(event), producer,
                        bootstrap, 50, retries.plusMinutes(5), runner, false, clock, worker);
            }
            OutboxRelay relay = new OutboxRelay(services.outbox(), producer, Duration.ofMillis(200));
            startThread(relay, "outbox-relay");
            resources.add(relay);
            List<StuckPaperSweeper.GroupTopic> groups = List.of(
                    new StuckPaperSweeper.GroupTopic(group("ingest", Topics.PAPER_SUBMITTED),
                            Topics.PAPER_SUBMITTED.name()),
                    new StuckPaperSweeper.GroupTopic(group("extract", Topics.PAPER_INGESTED),
                            Topics.PAPER_INGESTED.name()),
                    new StuckPaperSweeper.GroupTopic(group("store", Topics.PAPER_INGESTED),
                            Topics.PAPER_INGESTED.name()),
                    new StuckPaperSweeper.GroupTopic(group("store", Topics.FINDINGS_EXTRACTED),
                            Topics.FINDINGS_EXTRACTED.name()),
                    new StuckPaperSweeper.GroupTopic(group("store", Topics.PAPER_REJECTED),
                            Topics.PAPER_REJECTED.name()));
            StuckPapers stuckPapers = new StuckPapers(database.jdbi(), clock);
            StuckPaperSweeper sweeper = new StuckPaperSweeper(stuckPapers, bootstrap, groups, runner.stuckAfter(),
                    runner.redrives());
            startThread(sweeper, "stuck-paper-sweeper");
            resources.add(sweeper);
            for (StuckPaperSweeper.GroupTopic pair : groups) {
                metrics.gauge("oncocurate.consumer.lag", "events of the topic the group has not yet committed",
                        () -> sweeper.lag(pair), "group", pair.group(), "topic", pair.topic());
            }
            for (PaperState state : PaperState.values()) {
                metrics.gauge("oncocurate.papers", "papers in each state",
                        () -> services.papers().countByState().get(state), "state", state.label());
            }
            metrics.gauge("oncocurate.papers.overdue", "papers in a non-final state past the stuck limit",
                    () -> stuckPapers.overdue(runner.stuckAfter()));
            metrics.gauge("oncocurate.outbox.backlog", "outbox messages not yet published",
                    () -> services.outbox().backlog());
            settings.admin().username().ifPresent(username -> {
                try {
                    if (services.accounts().ensureInitialEditor(username, settings.admin().password().orElseThrow())) {
                        LOG.info("created the editor account '{}' from the configuration", username);
                    }
                } catch (AccountException e) {
                    throw new ConfigException(ConfigKey.ADMIN_USER.environmentVariable() + ": " + e.getMessage());
                }
            });
            IsolatedPageRenderer renderer = new IsolatedPageRenderer(services.blobs(), settings.ingest(),
                    settings.http().renderTimeout());
            resources.add(renderer);
            ReadinessChecks readiness = new ReadinessChecks(bootstrap, consumerThreads);
            resources.add(readiness);
            server = ReviewServer.start(services, new Crops(renderer, services.papers(), CROP_CACHE_BYTES),
                    new ServerSettings(settings.http().host(), settings.http().port(), settings.ingest().maxBytes(),
                            settings.http().secureCookies()), readiness.checks(), metrics::scrape);
            resources.add(server);
            LOG.info("review UI and REST API on http://{}:{}/", settings.http().host(), server.port());
        } else if (settings.http().metricsPort().isPresent()) {
            try {
                MetricsServer metricsServer = MetricsServer.start(settings.http().host(),
                        settings.http().metricsPort().getAsInt(), metrics::scrape);
                resources.add(metricsServer);
                LOG.info("metrics on http://{}:{}/metrics", settings.http().host(), metricsServer.port());
            } catch (IOException e) {
                throw new ConfigException(ConfigKey.METRICS_PORT.environmentVariable() + ": cannot serve metrics on "
                        + settings.http().host() + ":" + settings.http().metricsPort().getAsInt() + ": " + e);
            }
        }
    }

    private <I> void run(String stage, Topic<I> input, StageRunner.Handler<I> handler, Producer<String, byte[]> producer,
                         String bootstrap, int maxPollRecords, Duration maxPollInterval,
                         Settings.RunnerSettings runner, boolean deadLetter, Clock clock, int worker) {
        String group = group(stage, input);
        KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrap, group, group + "-" + worker,
                maxPollRecords, maxPollInterval);
        metrics.bind(consumer);
        StageRunner<I> stageRunner = new StageRunner<>(stage, input, handler, producer, consumer, runner.attempts(),
                runner.backoff(), deadLetter, clock, metrics.registry());
        resources.add(stageRunner);
        Thread thread = startThread(stageRunner, stage + "-" + input.name() + "-" + worker);
        synchronized (consumerThreads) {
            consumerThreads.add(thread);
        }
    }

    /** The consumer group of a stage; the store reads three topics, each in a group of its own. */
    static String group(String stage, Topic<?> input) {
        return "oncocurate-" + stage + (stage.equals("store") ? "-" + input.name() : "");
    }

    private Thread startThread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} died", t.getName(), e));
        thread.start();
        threads.add(thread);
        return thread;
    }

    static <T> void send(Producer<String, byte[]> producer, Topic<T> topic, String key, T event) throws Exception {
        producer.send(new ProducerRecord<>(topic.name(), key, Json.write(event))).get();
    }

    /** The store's services, when this process runs the store role (or ingest, which shares the database). */
    public StoreServices store() {
        return store;
    }

    /** The HTTP port of the review UI, when this process runs the store role. */
    public int httpPort() {
        if (server == null) {
            throw new IllegalStateException("this process does not run the store role");
        }
        return server.port();
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
