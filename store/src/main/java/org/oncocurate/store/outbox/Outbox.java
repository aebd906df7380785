package org.oncocurate.store.outbox;

import org.oncocurate.store.PostgresText;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The transactional outbox: a change and the message announcing it are written in one database transaction, and a
 * relay publishes messages afterwards in order. A message is marked published only after the relay's send was
 * acknowledged, so nothing is lost; a crash in between publishes it again (at least once).
 */
public final class Outbox {
    /** Arbitrary constant: the advisory lock that lets one relay at a time publish, keeping per-key order. */
    private static final long RELAY_LOCK = 4_127_001L;

    private final Jdbi jdbi;

    public Outbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Messages not yet published: a backlog that grows while the broker is away. */
    public long backlog() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                .mapTo(Long.class).one());
    }

    public static void append(Handle handle, OutboxChannel channel, String key, String payloadJson) {
        handle.createUpdate("INSERT INTO outbox (channel, message_key, payload) VALUES (:channel, :key, CAST(:payload AS jsonb))")
                .bind("channel", channel.name()).bind("key", key).bind("payload", PostgresText.json(payloadJson))
                .execute();
    }

    /**
     * Hands up to {@code limit} unpublished messages, oldest first, to {@code publish}, which must return only once
     * they are all acknowledged, then marks them published. Returns how many were published; 0 when another relay
     * holds the lock. If {@code publish} throws, nothing is marked and the messages stay for the next round.
     */
    public int relay(int limit, Consumer<List<OutboxMessage>> publish) {
        return jdbi.inTransaction(handle -> {
            boolean locked = handle.createQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .bind("lock", RELAY_LOCK).mapTo(Boolean.class).one();
            if (!locked) {
                return 0;
            }
            List<OutboxMessage> messages = handle.createQuery("""
                            SELECT id, channel, message_key, payload::text AS payload FROM outbox
                            WHERE published_at IS NULL ORDER BY id LIMIT :limit""")
                    .bind("limit", limit)
                    .map((rs, ctx) -> new OutboxMessage(rs.getLong("id"),
                            OutboxChannel.valueOf(rs.getString("channel")), rs.getString("message_key"),
                            rs.getString("payload")))
                    .list();
            if (messages.isEmpty()) {
                return 0;
            }
            publish.accept(messages);
            handle.createUpdate("UPDATE outbox SET published_at = now() WHERE id IN (<ids>)")
                    .bindList("ids", messages.stream().map(OutboxMessage::id).toList())
                    .execute();
            return messages.size();
        });
    }
}
