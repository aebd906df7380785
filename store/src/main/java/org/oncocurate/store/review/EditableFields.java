package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncocurate.model.finding.FindingKind;

/** Which fields of a record a curator may edit, per kind, and the shape each value must have. */
public final class EditableFields {
    private static final Map<FindingKind, Set<String>> FIELDS = Map.of(
            FindingKind.GENE, Set.of("symbol", "ncbi_gene_id"),
            FindingKind.GENE_FAMILY, Set.of("name", "members"),
            FindingKind.DRUG_CLASS, Set.of("name", "members"),
            FindingKind.DRUG, Set.of("name", "class"),
            FindingKind.VARIANT, Set.of("gene", "change"),
            FindingKind.TRIAL, Set.of("name", "nct", "phase"),
            FindingKind.OUTCOME, Set.of("trial", "endpoint", "measure", "arms", "value", "ci", "p", "unit"));
    private static final Set<String> NULLABLE = Set.of("ncbi_gene_id", "class", "gene", "nct", "phase", "trial",
            "value", "ci", "p", "unit");

    private EditableFields() {
    }

    /** The fields of a kind a curator may edit, in a stable order. */
    public static List<String> of(FindingKind kind) {
        return FIELDS.get(kind).stream().sorted().toList();
    }

    /** Throws a 400 naming the first field that may not be edited or has a value of the wrong shape. */
    public static void validate(FindingKind kind, JsonNode changes) {
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            throw ReviewException.badRequest("an edit needs a JSON object of the fields to change");
        }
        Set<String> allowed = FIELDS.get(kind);
        changes.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!allowed.contains(name)) {
                throw ReviewException.badRequest("field '" + name + "' of a " + kind.label()
                        + " record cannot be edited; editable: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (value.isNull()) {
                if (!NULLABLE.contains(name)) {
                    throw ReviewException.badRequest("field '" + name + "' cannot be empty");
                }
                return;
            }
            switch (name) {
                case "value" -> require(value.isNumber(), name, "a number");
                case "ci" -> require(value.isArray() && value.size() == 2 && value.get(0).isNumber()
                        && value.get(1).isNumber(), name, "two numbers [lower, upper]");
                case "arms" -> {
                    require(value.isArray() && !value.isEmpty(), name, "a list of {label, value}");
                    value.forEach(arm -> require(arm.isObject()
                                    && (arm.path("value").isNumber() || arm.path("value").isNull()), name,
                            "a list of {label, value} with numeric values (null: not reached)"));
                }
                case "members" -> {
                    require(value.isArray(), name, "a list of names");
                    value.forEach(member -> require(member.isTextual() && !member.asText().isBlank(), name,
                            "a list of non-empty names"));
                }
                case "measure" -> require(value.isTextual()
                        && Set.of("median", "rate", "HR", "OR", "RR").contains(value.asText()), name,
                        "one of median, rate, HR, OR, RR");
                default -> require(value.isTextual() && !value.asText().isBlank(), name, "non-empty text");
            }
        });
    }

    private static void require(boolean condition, String field, String expected) {
        if (!condition) {
            throw ReviewException.badRequest("field '" + field + "' must be " + expected);
        }
    }
}
