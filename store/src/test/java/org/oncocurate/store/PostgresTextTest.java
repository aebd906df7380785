package org.oncocurate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.json.Json;

class PostgresTextTest {
    @Test
    void aNulInAStringForATextColumnBecomesTheReplacementCharacter() {
        assertThat(PostgresText.text("e\u0000cacy")).isEqualTo("e\ufffdcacy");
        assertThat(PostgresText.text("clean")).isEqualTo("clean");
        assertThat(PostgresText.text(null)).isNull();
    }

    @Test
    void aNulInAValueWrittenAsJsonBecomesTheReplacementCharacterAndReadsBackWithTheSameLength() {
        String json = PostgresText.json(List.of("e\u0000cacy"));

        assertThat(json).doesNotContain("\\u0000");
        assertThat(Json.read(json, String[].class)).containsExactly("e\ufffdcacy");
    }

    @Test
    void anEscapedBackslashFollowedByTheLettersOfANulEscapeIsLeftAlone() {
        String literal = "C:\\u0000 is a path, not a NUL";
        String json = PostgresText.json(List.of(literal));

        assertThat(Json.read(json, String[].class)).containsExactly(literal);
    }
}
