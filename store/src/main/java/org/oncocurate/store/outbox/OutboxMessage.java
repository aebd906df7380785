package org.oncocurate.store.outbox;

/** A message waiting to be published; a null payload is a tombstone. */
public record OutboxMessage(long id, OutboxChannel channel, String key, String payload) {
}
