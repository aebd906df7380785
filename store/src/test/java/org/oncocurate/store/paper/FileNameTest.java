package org.oncocurate.store.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNameTest {
    @Test
    void aPlainNameIsKeptStrippedAndAMissingOneIsNamedForTheUpload() {
        assertThat(FileName.of("  Review (2024) \u00e9 \ud83d\ude00.pdf ")).isEqualTo("Review (2024) \u00e9 \ud83d\ude00.pdf");
        assertThat(FileName.of(null)).isEqualTo("upload.pdf");
        assertThat(FileName.of(" ")).isEqualTo("upload.pdf");
    }

    @Test
    void aNameWithANulANewlineOrAnUnpairedSurrogateIsRefused() {
        assertThatThrownBy(() -> FileName.of("a\u0000b.pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> FileName.of("a\nb.pdf")).hasMessageContaining("U+000A");
        assertThatThrownBy(() -> FileName.of("a\ud800.pdf")).hasMessageContaining("unpaired surrogate");
    }

    @Test
    void aNameOfTheLimitIsKeptAndALongerOneIsRefused() {
        assertThat(FileName.of("n".repeat(FileName.MAX_LENGTH))).hasSize(FileName.MAX_LENGTH);
        assertThatThrownBy(() -> FileName.of("n".repeat(FileName.MAX_LENGTH + 1)))
                .hasMessageContaining("the limit is 255");
    }
}
