package org.fengqiao.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Revision 1 of AttachmentRecorded (no revision, {@code size}) is read as revision 2 ({@code sizeBytes}). */
class AttachmentRecordedUpcasterTest {

    private static final String OLD = "{\"caseId\":\"c1\",\"name\":\"photo.jpg\",\"mediaType\":\"image/jpeg\","
            + "\"size\":2048,\"sha256\":\"ab\",\"occurredAt\":\"2026-07-01T02:00:00Z\",\"actor\":\"officer.zhao\"}";

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final AttachmentRecordedUpcaster upcaster = new AttachmentRecordedUpcaster();

    @Test
    void renames_size_to_sizeBytes_and_sets_revision_2() throws Exception {
        IntermediateEventRepresentation upcast = upcast(AttachmentRecordedUpcaster.TYPE, null, OLD);
        SerializedType type = upcast.getType();
        assertThat(type.getName()).isEqualTo(AttachmentRecordedUpcaster.TYPE);
        assertThat(type.getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.path("sizeBytes").asLong()).isEqualTo(2048);
        assertThat(payload.has("size")).isFalse();
        assertThat(payload.path("name").asText()).isEqualTo("photo.jpg");
    }

    @Test
    void keeps_the_stored_form_for_verification() {
        IntermediateEventRepresentation upcast = upcast(AttachmentRecordedUpcaster.TYPE, null, OLD);
        StoredForm stored = (StoredForm) upcast.getMetaData().getObject().get(StoredForm.KEY);
        assertThat(stored.type()).isEqualTo(AttachmentRecordedUpcaster.TYPE);
        assertThat(stored.revision()).isNull();
        assertThat(new String(stored.payload(), StandardCharsets.UTF_8)).isEqualTo(OLD);
        assertThat(upcast("org.fengqiao.cases.common.NoteAdded", null, "{\"size\":1}").getMetaData().getObject())
                .doesNotContainKey(StoredForm.KEY);
    }

    @Test
    void leaves_revision_2_and_other_types_alone() {
        String current = OLD.replace("\"size\"", "\"sizeBytes\"");
        assertThat(upcast(AttachmentRecordedUpcaster.TYPE, "2", current).getType().getRevision()).isEqualTo("2");
        assertThat(upcast("org.fengqiao.cases.common.NoteAdded", null, "{\"size\":1}").getType().getRevision())
                .isNull();
        JsonNode both = new ObjectMapper().createObjectNode().put("size", 1).put("sizeBytes", 2);
        assertThat(AttachmentRecordedUpcaster.renameSize(both).path("sizeBytes").asLong()).isEqualTo(2);
    }

    private IntermediateEventRepresentation upcast(String type, String revision, String json) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Dispute", "c1", 4, "e1",
                "2026-07-01T02:00:00Z", type, revision, json, "{}");
        List<IntermediateEventRepresentation> result = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .collect(Collectors.toList());
        assertThat(result).hasSize(1);
        return result.get(0);
    }
}
