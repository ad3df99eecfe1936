package org.fengqiao.command.integrations.hotline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A work order as the city's hotline sends it: a JSON object whose keys the city's field map names. Its
 * {@code toString()} shows nothing of it, since it holds the caller's name, phone and address.
 */
public final class HotlineOrderBody {

    private final JsonNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    HotlineOrderBody(JsonNode json) {
        this.json = json;
    }

    @JsonValue
    JsonNode json() {
        return json;
    }

    @Override
    public String toString() {
        return "HotlineOrderBody[" + (json == null ? 0 : json.size()) + " fields]";
    }
}
