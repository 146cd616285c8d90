package org.caselint.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caselint.server.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, made before a request reaches Javalin (a URI or headers too long, a malformed request
 * line), in the same JSON form as {@link ErrorMapper}'s instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper MAPPER = Json.mapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        Map<String, String> err = new LinkedHashMap<>();
        err.put("code", ErrorMapper.codeFor(code));
        err.put("message", message == null || message.isBlank() ? HttpStatus.getMessage(code) : message);
        byte[] body = MAPPER.writeValueAsBytes(Map.of("error", err));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
