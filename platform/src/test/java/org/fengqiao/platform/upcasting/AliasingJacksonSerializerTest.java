package org.fengqiao.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message stored under the name its class had before a move loads as that class and keeps its stored form. */
class AliasingJacksonSerializerTest {

    /** The stand-in of a moved message: stored as {@value #STORED}, now this record. */
    record Moved(String caseId, int count) {
    }

    private static final String STORED = "org.fengqiao.cases.common.Moved";
    private static final String JSON = "{\"caseId\":\"c1\",\"count\":3}";

    private final JacksonSerializer plain = JacksonSerializer.defaultSerializer();
    private final AliasingJacksonSerializer aliasing = AliasingJacksonSerializer.like(plain,
            new AnnotationRevisionResolver(), new StoredTypeAliases(Map.of(STORED, Moved.class.getName())));

    @Test
    void loads_a_stored_name_as_the_class_it_moved_to() {
        SerializedObject<byte[]> stored = stored(STORED);

        assertThat(aliasing.classForType(stored.getType())).isEqualTo(Moved.class);
        assertThat((Object) aliasing.deserialize(stored)).isEqualTo(new Moved("c1", 3));
        assertThat(plain.classForType(stored.getType())).isEqualTo(UnknownSerializedType.class);
    }

    @Test
    void writes_the_current_name_and_reads_it() {
        SerializedObject<byte[]> written = aliasing.serialize(new Moved("c2", 1), byte[].class);

        assertThat(written.getType().getName()).isEqualTo(Moved.class.getName());
        assertThat((Object) aliasing.deserialize(written)).isEqualTo(new Moved("c2", 1));
    }

    @Test
    void a_stored_message_keeps_its_stored_name_and_bytes_for_the_hash_chain() {
        SerializedMessage<Moved> message = new SerializedMessage<>("e1", stored(STORED),
                new SimpleSerializedObject<>("{}".getBytes(StandardCharsets.UTF_8), byte[].class,
                        MetaData.class.getName(), null), aliasing);

        assertThat(message.getPayload()).isEqualTo(new Moved("c1", 3));
        SerializedObject<byte[]> again = message.serializePayload(aliasing, byte[].class);
        assertThat(again.getType().getName()).isEqualTo(STORED);
        assertThat(new String(again.getData(), StandardCharsets.UTF_8)).isEqualTo(JSON);
    }

    @Test
    void reads_the_aliases_of_every_module_and_refuses_one_name_aliased_twice(@TempDir Path dir) throws IOException {
        Path kernel = write(dir.resolve("kernel"), "a.Old=b.New\nc.Old=d.New\n");
        Path other = write(dir.resolve("other"), "e.Old=f.New\n");
        Path clash = write(dir.resolve("clash"), "a.Old=x.Other\n");

        StoredTypeAliases aliases = StoredTypeAliases.load(loader(kernel, other));
        assertThat(aliases.size()).isEqualTo(3);
        assertThat(aliases.currentName("a.Old")).isEqualTo("b.New");
        assertThat(aliases.currentName("e.Old")).isEqualTo("f.New");
        assertThat(aliases.currentName("g.Unmoved")).isEqualTo("g.Unmoved");
        assertThatThrownBy(() -> StoredTypeAliases.load(loader(kernel, clash)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.Old");
    }

    private static SerializedObject<byte[]> stored(String type) {
        return new SimpleSerializedObject<>(JSON.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type, null));
    }

    private static Path write(Path root, String lines) throws IOException {
        Path file = root.resolve(StoredTypeAliases.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines);
        return root;
    }

    private static ClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
