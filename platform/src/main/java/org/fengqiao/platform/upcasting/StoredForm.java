package org.fengqiao.platform.upcasting;

import java.util.function.Function;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * An event's payload as the store holds it (type, revision, bytes), kept in the read message's metadata under
 * {@value #KEY} by an upcaster that changes the payload, so that hash verification reads what was hashed at append
 * time through any event store API (JDBC, SQLite or Axon Server alike). It lives only in memory: nothing writes read
 * events back. An event no upcaster changed carries none; its serialized form is the stored one.
 */
public record StoredForm(String type, String revision, byte[] payload) {

    public static final String KEY = "fengqiao.storedForm";

    /**
     * The metadata function an upcaster passes to {@link IntermediateEventRepresentation#upcast}: it keeps the form
     * {@code representation} was read in, unless an earlier upcaster kept the stored one already.
     */
    public static Function<MetaData, MetaData> keptFrom(IntermediateEventRepresentation representation) {
        return metaData -> metaData.containsKey(KEY) ? metaData
                : metaData.and(KEY, new StoredForm(representation.getType().getName(),
                        representation.getType().getRevision(), representation.getData(byte[].class).getData()));
    }

    @Override
    public String toString() {
        return "StoredForm[" + type + " " + revision + ", " + payload.length + " bytes]";
    }
}
