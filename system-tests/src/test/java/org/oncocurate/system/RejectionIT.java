package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncocurate.app.kafka.Topics;
import org.oncocurate.ingest.TestPdfs;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;

@ExtendWith(SystemExtension.class)
class RejectionIT {

    @Test
    void corruptAndEncryptedPdfsAreRejectedWithTheirReasonAndAGoodPdfAfterThemIsStillProcessed(RunningSystem system)
            throws Exception {
        String corrupt = system.submit("corrupt.pdf", TestPdfs.corrupt());
        String encrypted = system.submit("encrypted.pdf", TestPdfs.encrypted("hazard ratio 0.56"));
        String good = system.submit("good.pdf", TestPdfs.withText("ESR1 mutations confer resistance to letrozole."));

        assertRejectedOnTheTopic(system, corrupt, RejectionReason.CORRUPT_PDF);
        assertRejectedOnTheTopic(system, encrypted, RejectionReason.ENCRYPTED_PDF);
        JsonNode processed = system.awaitPaper(good, paper -> paper.get("state").asText().equals("extracted"),
                Duration.ofMinutes(2));
        assertThat(processed.get("counts").get("gene").asInt()).isEqualTo(1);
        JsonNode rejected = system.awaitPaper(encrypted, paper -> paper.get("state").asText().equals("rejected"),
                Duration.ofSeconds(30));
        assertThat(rejected.get("rejectionReason").asText()).isEqualTo("ENCRYPTED_PDF");
        assertThat(rejected.get("rejectedStage").asText()).isEqualTo("ingest");
    }

    private static void assertRejectedOnTheTopic(RunningSystem system, String paperId, RejectionReason reason) {
        ConsumerRecord<String, byte[]> record = TopicReader.await(system.bootstrapServers(),
                Topics.PAPER_REJECTED.name(), candidate -> paperId.equals(candidate.key()), Duration.ofMinutes(2));
        PaperRejected rejected = Json.read(record.value(), PaperRejected.class);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.stage()).isEqualTo("ingest");
        assertThat(rejected.message()).isNotBlank();
        assertThat(rejected.attempts()).isEqualTo(1);
    }
}
