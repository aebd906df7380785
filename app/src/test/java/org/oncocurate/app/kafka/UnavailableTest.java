package org.oncocurate.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void anUnreachableDatabaseOrBrokerIsNotTheEventsFault() {
        assertThat(Unavailable.isCause(new IllegalStateException(new SQLTransientConnectionException("pool empty"))))
                .isTrue();
        assertThat(Unavailable.isCause(new RuntimeException(new SQLException("connection refused", "08001"))))
                .isTrue();
        assertThat(Unavailable.isCause(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
        assertThat(Unavailable.isCause(new ExecutionException(new NotEnoughReplicasException("in sync: 0"))))
                .isTrue();
        assertThat(Unavailable.isCause(new UncheckedIOException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void aFailureTheEventCausedIsNot() {
        assertThat(Unavailable.isCause(new IllegalArgumentException("bad value"))).isFalse();
        assertThat(Unavailable.isCause(new RuntimeException(new SQLException("value too long", "22001")))).isFalse();
        assertThat(Unavailable.isCause(new NullPointerException())).isFalse();
    }
}
