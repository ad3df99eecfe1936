package org.fengqiao.platform.upcasting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The names under which classes of messages were stored before they moved, and the name of each class now: read from
 * every {@value #RESOURCE} on the class path (the kernel ships one), each line {@code <stored name>=<current name>}.
 * The platform knows no domain class; a module that moves a stored class lists its old name there, so events, snapshots
 * and messages written under the old name keep loading ({@link AliasingJacksonSerializer}).
 */
public final class StoredTypeAliases {

    /** Where a module lists the stored names of the classes it moved. */
    public static final String RESOURCE = "META-INF/fengqiao/stored-type-aliases.properties";

    private final Map<String, String> currentNames;

    StoredTypeAliases(Map<String, String> currentNames) {
        this.currentNames = Map.copyOf(currentNames);
    }

    /**
     * Every alias the class loader's {@value #RESOURCE} files list.
     *
     * @throws IllegalStateException when two files give one stored name two current names
     */
    public static StoredTypeAliases load(ClassLoader classLoader) {
        Map<String, String> names = new HashMap<>();
        try {
            Enumeration<URL> files = classLoader.getResources(RESOURCE);
            for (URL file : Collections.list(files)) {
                Properties lines = new Properties();
                try (InputStream in = file.openStream()) {
                    lines.load(in);
                }
                for (String stored : lines.stringPropertyNames()) {
                    String current = lines.getProperty(stored).trim();
                    String earlier = names.putIfAbsent(stored.trim(), current);
                    if (earlier != null && !earlier.equals(current)) {
                        throw new IllegalStateException("stored type " + stored + " is aliased to both " + earlier
                                + " and " + current);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new StoredTypeAliases(names);
    }

    /** The class name to load for a stored type name: its current name when it moved, else the name itself. */
    public String currentName(String storedName) {
        return currentNames.getOrDefault(storedName, storedName);
    }

    /** How many stored names are aliased. */
    public int size() {
        return currentNames.size();
    }
}
