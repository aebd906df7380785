package org.oncocurate.store.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.oncocurate.model.json.Json;

/**
 * Jetty's own error answers - a malformed request (400), a URI too long (414), headers too large (431), and any
 * error raised before a route runs - as RFC 9457 problem details ({@code application/problem+json} with type, title,
 * status and detail) instead of Jetty's HTML pages.
 */
final class ProblemErrorHandler extends ErrorHandler {
    static final String MEDIA_TYPE = "application/problem+json";

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    /** The problem detail for {@code status}; {@code detail} is Jetty's reason, or the status's phrase. */
    static byte[] body(int status, String detail) {
        String title = HttpStatus.getMessage(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title == null ? "Error" : title);
        problem.put("status", status);
        problem.put("detail", detail == null || detail.isBlank() ? problem.get("title") : detail);
        return new String(Json.write(problem), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
}
