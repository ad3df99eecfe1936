package org.fengqiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The service's HTTP API as another system sees it. Each call names the role it acts in, sent as HTTP Basic
 * credentials of the embedded default's demo account of that name (user = password).
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Status, body and the time from sending to the whole body read; status 0 when the connection failed. */
    record Reply(int status, String body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }
    }

    private final HttpClient http;
    private final String base;

    Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    String base() {
        return base;
    }

    Reply get(String path, String role) {
        return send(request(path, role).GET());
    }

    Reply post(String path, String json, String role) {
        return send(request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    private HttpRequest.Builder request(String path, String role) {
        String credentials = Base64.getEncoder().encodeToString((role + ":" + role).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }

    private Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Reply(0, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "interrupted", System.nanoTime() - start);
        }
    }
}
