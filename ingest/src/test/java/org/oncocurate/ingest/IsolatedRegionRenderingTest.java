package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.isolation.IsolatedPdfReader;
import org.oncocurate.ingest.render.RegionRenderer;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;

/** Crops of page regions, rendered in the reader's child JVM so a hostile page costs only the child. */
class IsolatedRegionRenderingTest {
    private static final IngestLimits TIGHT = new IngestLimits(IngestLimits.DEFAULT.maxBytes(), 500,
            Duration.ofSeconds(60), 128L * 1024 * 1024);
    /** Where TestPdfs writes its text: 72 pt from the left, baseline 700 pt above the bottom of a Letter page. */
    private static final RegionRenderer.Request TEXT_LINE = new RegionRenderer.Request(1, 60, 80, 300, 24, 100);

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void aRegionIsRenderedAtTheAskedResolutionWithTheTextInIt() throws Exception {
        try (IsolatedPdfReader reader = new IsolatedPdfReader(IngestLimits.DEFAULT)) {
            BufferedImage text = image(reader.renderRegion(TestPdfs.withText("ESR1 mutations confer resistance"),
                    TEXT_LINE, Duration.ofSeconds(60)));
            BufferedImage blank = image(reader.renderRegion(TestPdfs.withText("ESR1 mutations confer resistance"),
                    new RegionRenderer.Request(1, 60, 400, 300, 24, 100), Duration.ofSeconds(60)));

            assertThat(text.getWidth()).isEqualTo((int) Math.ceil(300 * 100 / 72.0));
            assertThat(text.getHeight()).isEqualTo((int) Math.ceil(24 * 100 / 72.0));
            assertThat(darkPixels(text)).as("the line of text is in the region").isGreaterThan(100);
            assertThat(darkPixels(blank)).as("nothing is drawn below it").isZero();
        }
    }

    @Test
    void aPageThatExhaustsTheMemoryLimitIsRefusedAndTheNextRegionIsStillRendered() throws Exception {
        try (IsolatedPdfReader reader = new IsolatedPdfReader(TIGHT)) {
            assertThatThrownBy(() -> reader.renderRegion(TestPdfs.memoryBomb(200), TEXT_LINE, Duration.ofSeconds(60)))
                    .isInstanceOfSatisfying(StageRejection.class, rejection ->
                            assertThat(rejection.reason()).isEqualTo(RejectionReason.MEMORY_LIMIT));
            assertThat(darkPixels(image(reader.renderRegion(TestPdfs.withText("after the bomb"), TEXT_LINE,
                    Duration.ofSeconds(60))))).isGreaterThan(50);
        }
    }

    @Test
    void aDecompressionBombImageEndsInAnImageOrAReasonAndTheReaderLivesOn() throws Exception {
        byte[] bomb = TestPdfs.imageBomb(12_000);
        assertThat(bomb.length).as("small on disk").isLessThan(2 * 1024 * 1024);
        try (IsolatedPdfReader reader = new IsolatedPdfReader(TIGHT)) {
            try {
                BufferedImage crop = image(reader.renderRegion(bomb, new RegionRenderer.Request(1, 72, 300, 200, 100,
                        100), Duration.ofSeconds(20)));
                assertThat(darkPixels(crop)).as("drawn subsampled: the black image fills the region")
                        .isEqualTo((long) crop.getWidth() * crop.getHeight());
            } catch (StageRejection rejection) {
                assertThat(rejection.reason()).isIn(RejectionReason.MEMORY_LIMIT, RejectionReason.PARSE_TIMEOUT);
            }
            assertThat(darkPixels(image(reader.renderRegion(TestPdfs.withText("after the image"), TEXT_LINE,
                    Duration.ofSeconds(60))))).isGreaterThan(50);
        }
    }

    @Test
    void regionsAndResolutionsOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> new RegionRenderer.Request(1, 0, 0, 100, 100, 600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dpi");
        assertThatThrownBy(() -> new RegionRenderer.Request(0, 0, 0, 100, 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
        double scale = new RegionRenderer.Request(1, 0, 0, 5000, 5000, 200).scale();
        assertThat(scale * scale * 5000 * 5000).as("a huge region is drawn at a lower resolution")
                .isLessThanOrEqualTo(RegionRenderer.MAX_PIXELS * 1.001);
    }
}
