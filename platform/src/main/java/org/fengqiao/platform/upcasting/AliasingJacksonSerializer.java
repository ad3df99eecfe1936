package org.fengqiao.platform.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer that loads a type stored under a name its class no longer has as that class
 * ({@link StoredTypeAliases}). Only reading changes: what it writes is named as the class is named now, and a stored
 * message keeps its stored type name, so the hash chained over it at append time (which covers that name) still
 * verifies. No upcaster is needed for a class that only moved: its payload is the same.
 */
public class AliasingJacksonSerializer extends JacksonSerializer {

    private final StoredTypeAliases aliases;

    protected AliasingJacksonSerializer(Builder builder, StoredTypeAliases aliases) {
        super(builder);
        this.aliases = aliases;
    }

    /** A serializer like {@code original} (the same mapper and converter) that also reads the aliased names. */
    public static AliasingJacksonSerializer like(JacksonSerializer original, RevisionResolver revisionResolver,
            StoredTypeAliases aliases) {
        ObjectMapper mapper = original.getObjectMapper();
        Converter converter = original.getConverter();
        return new AliasingJacksonSerializer(JacksonSerializer.builder()
                .objectMapper(mapper)
                .converter(converter)
                .revisionResolver(revisionResolver), aliases);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return aliases.currentName(super.resolveClassName(serializedType));
    }
}
