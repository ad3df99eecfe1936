package org.fengqiao.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@code AttachmentRecorded} of revision 1 (stored without a revision, the size under {@code size}) as revision
 * 2 ({@code sizeBytes}). Works on the JSON tree by type name, so it needs no domain class. Only the deserialized
 * view changes: the stored event, and the hash chained over it, are left exactly as written, and the form it was
 * stored in travels with it as {@link StoredForm} for verification.
 */
public class AttachmentRecordedUpcaster extends SingleEventUpcaster {

    /** The name revision 1 was stored under (the class has moved since: StoredTypeAliases loads the name). */
    static final String TYPE = "org.fengqiao.cases.common.AttachmentRecorded";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(REVISION_2, JsonNode.class, AttachmentRecordedUpcaster::renameSize,
                StoredForm.keptFrom(representation));
    }

    static JsonNode renameSize(JsonNode payload) {
        if (payload instanceof ObjectNode object && object.has("size") && !object.has("sizeBytes")) {
            object.set("sizeBytes", object.remove("size"));
        }
        return payload;
    }
}
