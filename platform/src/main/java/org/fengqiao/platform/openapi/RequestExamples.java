package org.fengqiao.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Example request bodies for the POST operations of the OpenAPI document, keyed by path as the document spells it,
 * so that a caller of another system sees a complete, valid request. Each side of the application contributes the
 * examples of its own controllers as one of these customizers.
 */
public final class RequestExamples implements OpenApiCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> examples;

    /**
     * @param examples the JSON example of each path's POST body
     * @throws IllegalStateException if an example is not JSON (found when the application starts)
     */
    public RequestExamples(Map<String, String> examples) {
        this.examples = Map.copyOf(examples.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> parse(entry.getValue()))));
    }

    private static Object parse(String example) {
        try {
            return JSON.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example request of the OpenAPI document is not JSON", e);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        examples.forEach((path, example) -> {
            PathItem item = openApi.getPaths().get(path);
            Operation post = item == null ? null : item.getPost();
            RequestBody body = post == null ? null : post.getRequestBody();
            MediaType json = body == null || body.getContent() == null ? null : body.getContent().get("application/json");
            if (json != null) {
                json.setExample(example);
            }
        });
    }
}
