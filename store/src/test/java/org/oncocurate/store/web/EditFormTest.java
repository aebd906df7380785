package org.oncocurate.store.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.json.Json;

class EditFormTest {

    @Test
    void aFieldThatWasNotChangedIsNotAnEdit() {
        ObjectNode record = Json.read("{\"ci\": [0.46, 0.72], \"p\": \"<0.001\"}", ObjectNode.class);

        ObjectNode changes = EditForm.changes(Map.of("field.ci", "0.46, 0.72", "field.p", "0.002"), record);

        assertThat(changes.fieldNames()).toIterable().containsExactly("p");
        assertThat(changes.get("p").asText()).isEqualTo("0.002");
    }

    @Test
    void theMembersOfAFamilyAreWrittenAndReadAsAList() {
        ObjectNode record = Json.read("{\"members\": [\"PIK3CA\", \"PIK3CB\"]}", ObjectNode.class);
        assertThat(EditForm.write(record.get("members"))).isEqualTo("PIK3CA, PIK3CB");

        JsonNode members = EditForm.changes(Map.of("field.members", "PIK3CA, PIK3CB, PIK3CD"), record).get("members");

        assertThat(members.isArray()).isTrue();
        assertThat(members).extracting(JsonNode::asText).containsExactly("PIK3CA", "PIK3CB", "PIK3CD");
    }

    @Test
    void aConfidenceIntervalIsTwoNumbers() {
        ObjectNode record = Json.read("{\"ci\": [0.46, 0.72]}", ObjectNode.class);
        assertThat(EditForm.changes(Map.of("field.ci", "0.45 – 0.70"), record).get("ci"))
                .extracting(JsonNode::asDouble).containsExactly(0.45, 0.70);
        assertThatThrownBy(() -> EditForm.changes(Map.of("field.ci", "0.45"), record))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
