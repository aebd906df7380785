package org.oncocurate.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** JSON values written as Python writes them, so that listings of misses read exactly like score.py's. */
final class PythonRepr {
    private PythonRepr() {
    }

    /** Python's str(): strings bare, a missing or null value "None". */
    static String str(JsonNode value) {
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        return of(value);
    }

    /** Python's repr(). */
    static String of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return Double.toString(value.doubleValue());
        }
        if (value.isTextual()) {
            return quoted(value.textValue());
        }
        StringBuilder out = new StringBuilder(value.isArray() ? "[" : "{");
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(of(value.get(i)));
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(first ? "" : ", ").append(quoted(field.getKey())).append(": ").append(of(field.getValue()));
                first = false;
            }
        }
        return out.append(value.isArray() ? "]" : "}").toString();
    }

    private static String quoted(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
