package org.oncocurate.store.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.json.Json;

/**
 * The edit form of the review UI writes each field as plain text; this turns a field's value into that text and
 * back, and collects the fields a curator changed into the JSON object the review service takes.
 */
final class EditForm {
    static final String PREFIX = "field.";

    private EditForm() {
    }

    static String write(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isNumber()) {
            return value.get(0).asText() + ", " + value.get(1).asText();
        }
        if (value.isArray() && value.size() > 0 && value.get(0).isTextual()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String hint(String field) {
        return switch (field) {
            case "ci" -> "lower, upper";
            case "value" -> "a number";
            case "arms" -> "JSON: [{\"label\": \"...\", \"value\": 1.0}]";
            case "measure" -> "median, rate, HR, OR or RR";
            case "members" -> "comma-separated";
            default -> "";
        };
    }

    /** The fields whose submitted text differs from the current value, parsed; malformed input is a 400. */
    static ObjectNode changes(Map<String, String> submitted, ObjectNode current) {
        ObjectNode changes = Json.mapper().createObjectNode();
        submitted.forEach((key, text) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String field = key.substring(PREFIX.length());
            if (text.strip().equals(write(current.get(field)).strip())) {
                return;
            }
            changes.set(field, parse(field, text.strip()));
        });
        return changes;
    }

    static JsonNode parse(String field, String text) {
        if (text.isEmpty()) {
            return NullNode.getInstance();
        }
        try {
            return switch (field) {
                case "value" -> Json.mapper().getNodeFactory().numberNode(new BigDecimal(text));
                case "ci" -> {
                    String[] bounds = text.split("\\s*[,;–]\\s*|\\s+");
                    if (bounds.length != 2) {
                        throw new IllegalArgumentException("ci must be two numbers: lower, upper");
                    }
                    ArrayNode ci = Json.mapper().createArrayNode();
                    ci.add(new BigDecimal(bounds[0])).add(new BigDecimal(bounds[1]));
                    yield ci;
                }
                case "arms" -> Json.read(text, JsonNode.class);
                case "members" -> {
                    ArrayNode members = Json.mapper().createArrayNode();
                    for (String member : text.split("\\s*[,;]\\s*")) {
                        if (!member.isBlank()) {
                            members.add(member.strip());
                        }
                    }
                    yield members;
                }
                default -> Json.mapper().getNodeFactory().textNode(text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number, not '" + text + "'");
        }
    }
}
