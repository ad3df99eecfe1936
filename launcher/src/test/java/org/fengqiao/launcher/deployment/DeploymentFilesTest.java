package org.fengqiao.launcher.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the files in {@code docker/} as far as this machine allows without a Docker engine: the compose file parses,
 * every image is pinned, every file it or a Dockerfile refers to exists, and ports, variables and routes agree with the
 * services' own configuration ({@code command-side.yml}, {@code query-side.yml}, {@code fengqiao-platform.yml}).
 * When the services' jars have been built, their layers are extracted and started as the Dockerfiles do it.
 */
class DeploymentFilesTest {

    @TempDir
    Path work;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCKER = ROOT.resolve("docker");
    private static final Pattern PINNED_TAG = Pattern.compile("[^:@\\s]+:(?!latest\\b)[\\w.-]*\\d[\\w.-]*");
    private static final Map<String, String> SIDES = Map.of("command-side", "command-side.yml",
            "query-side", "query-side.yml");

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        return (Map<String, Map<String, Object>>) compose().get("services");
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String... path) {
        Object value = map;
        for (String key : path) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    private static Map<String, Object> classpathYaml(String name) throws IOException {
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new Yaml().load(in);
        }
    }

    /** server.port of a side, from its own configuration file. */
    private static int portOf(String side) throws IOException {
        return get(classpathYaml(SIDES.get(side)), "server", "port");
    }

    private static String sideOf(String service) {
        return SIDES.keySet().stream().filter(service::startsWith).findFirst().orElse(null);
    }

    @Test
    void every_image_is_pinned_to_a_published_tag_or_built_here() throws IOException {
        services().forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image).as("image of " + name).isNotNull().matches(PINNED_TAG);
            if (service.containsKey("build")) {
                assertThat(image).as("image built from this repository").startsWith("fengqiao/");
            }
        });
    }

    @Test
    void build_contexts_dockerfiles_and_everything_they_copy_exist() throws IOException {
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            Map<String, Object> build = get(service.getValue(), "build");
            if (build == null) {
                continue;
            }
            Path context = DOCKER.resolve((String) build.get("context")).normalize();
            Path dockerfile = context.resolve((String) build.get("dockerfile"));
            assertThat(context).as("build context of " + service.getKey()).isEqualTo(ROOT);
            assertThat(dockerfile).as("Dockerfile of " + service.getKey()).isRegularFile();

            List<String> lines = dockerfileInstructions(dockerfile);
            for (String line : lines) {
                if (line.startsWith("FROM ")) {
                    assertThat(line.split("\\s+")[1]).as("base image in " + dockerfile).matches(PINNED_TAG);
                }
                if (line.startsWith("COPY ") && !line.contains("--from=")) {
                    String[] words = line.split("\\s+");
                    for (int i = 1; i < words.length - 1; i++) {
                        assertThat(context.resolve(words[i])).as("copied by " + dockerfile).exists();
                    }
                }
            }
            String side = sideOf(service.getKey());
            String text = String.join("\n", lines);
            assertThat(text).contains("-pl " + side + " ")
                    .contains("cp " + side + "/target/" + side + "-*-exec.jar")
                    .contains("USER 10001");
            assertThat(Files.readString(ROOT.resolve(side).resolve("pom.xml"))).contains("<classifier>exec</classifier>");
            assertThat(dockerfile.resolveSibling("Dockerfile.dockerignore")).isRegularFile();
        }
    }

    @Test
    void mounted_files_exist_and_named_volumes_are_declared() throws IOException {
        Map<String, Object> volumes = get(compose(), "volumes");
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            List<String> mounts = get(service.getValue(), "volumes");
            for (String mount : mounts == null ? List.<String>of() : mounts) {
                String source = mount.split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DOCKER.resolve(source)).as("mounted into " + service.getKey()).isRegularFile();
                } else {
                    assertThat(volumes).as("volumes").containsKey(source);
                }
            }
        }
    }

    @Test
    void dependencies_name_services() throws IOException {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> {
            Map<String, Object> dependsOn = get(service, "depends_on");
            if (dependsOn != null) {
                assertThat(services).as("depends_on of " + name).containsKeys(dependsOn.keySet().toArray(String[]::new));
            }
        });
    }

    @Test
    void ports_agree_with_the_services_configuration() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx/default.conf"));
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            String side = sideOf(service.getKey());
            if (side == null) {
                continue;
            }
            int port = portOf(side);
            List<String> expose = get(service.getValue(), "expose");
            assertThat(expose).as("expose of " + service.getKey()).containsExactly(String.valueOf(port));
            assertThat(nginx).as("upstream of nginx").contains("server " + service.getKey() + ":" + port + " ");

            String dockerfilePath = get(service.getValue(), "build", "dockerfile");
            String dockerfile = Files.readString(ROOT.resolve(dockerfilePath));
            assertThat(dockerfile).contains("EXPOSE " + port + "\n")
                    .contains("http://127.0.0.1:" + port + "/actuator/health");
        }
        assertThat(portOf("command-side")).isNotEqualTo(portOf("query-side"));
    }

    @Test
    void the_services_get_what_the_production_profile_needs() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> production = productionProfile();
        Set<String> required = placeholdersWithoutDefault(production);
        assertThat(required).as("required by the production profile").contains("MONGODB_URI");
        String readme = Files.readString(ROOT.resolve("README.md"));

        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            if (sideOf(service.getKey()) == null) {
                continue;
            }
            Map<String, Object> environment = get(service.getValue(), "environment");
            assertThat(environment).as("environment of " + service.getKey())
                    .containsEntry("SPRING_PROFILES_ACTIVE", "production")
                    .containsKeys(required.toArray(String[]::new));
            environment.keySet().forEach(variable ->
                    assertThat(readme).as("README documents " + variable).contains("`" + variable + "`"));

            String mongo = (String) environment.get("MONGODB_URI");
            Matcher uri = Pattern.compile("mongodb://([^/]+)/(\\w+)\\?replicaSet=(\\w+)").matcher(mongo);
            assertThat(uri.matches()).as(mongo).isTrue();
            String init = Files.readString(DOCKER.resolve("mongo/init-replica-set.js"));
            assertThat(init).contains("_id: '" + uri.group(3) + "'");
            for (String host : uri.group(1).split(",")) {
                assertThat(services).containsKey(host.split(":")[0]);
                assertThat(init).contains("host: '" + host + "'");
            }

            String[] axon = ((String) environment.get("AXON_AXONSERVER_SERVERS")).split(":");
            assertThat(services).containsKey(axon[0]);
            assertThat(axon[1]).isEqualTo("8124");
        }
    }

    @Test
    void nginx_sends_commands_and_reads_to_their_sides_and_passes_streams_unbuffered() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx/default.conf"));
        assertThat(nginx).containsPattern("default\\s+command_side;")
                .containsPattern("GET\\s+query_side;")
                .containsPattern("location = /api/jurisdictions \\{\\s+proxy_pass http://command_side;");
        int streams = nginx.indexOf("location ~ ^/api/(cases/[^/]+|boards/overview)/stream$ {");
        assertThat(streams).as("a location for the SSE streams").isNotNegative();
        assertThat(nginx.substring(streams, nginx.indexOf('}', streams)))
                .contains("proxy_pass http://query_side;").contains("proxy_buffering off;");
        assertThat(get(services().get("proxy"), "ports").toString()).contains("8080:80");
    }

    /**
     * Extracts the service's jar with {@code -Djarmode=tools extract --layers}, puts the layers together in the order
     * of the Dockerfile's {@code COPY --from=build} lines and starts {@code java -jar application.jar} without a profile:
     * the service must get as far as refusing to start without one. Skipped when the jar has not been built.
     */
    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void the_layered_jar_starts_as_the_dockerfile_assembles_it(String side) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(ROOT.resolve(side).resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst().orElse(null);
        } catch (IOException e) {
            jar = null;
        }
        assumeTrue(jar != null, "the " + side + " jar is not built");

        Files.copy(jar, work.resolve("application.jar"));
        run(work, Duration.ofSeconds(60), "-Djarmode=tools", "-jar", "application.jar", "extract", "--layers",
                "--destination", "extracted");
        List<String> layers = dockerfileInstructions(DOCKER.resolve(side).resolve("Dockerfile")).stream()
                .filter(line -> line.startsWith("COPY --from=build /layers/extracted/"))
                .map(line -> line.replaceAll(".*/extracted/([^/]+)/.*", "$1"))
                .toList();
        assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

        Path app = Files.createDirectories(work.resolve("app"));
        for (String layer : layers) {
            copyTree(work.resolve("extracted").resolve(layer), app);
        }
        String output = run(app, Duration.ofSeconds(90), "-Xmx128m", "-jar", "application.jar");
        assertThat(output).contains(side + " runs only in the production (Axon Server) or jdbc (PostgreSQL) profile");
    }

    private static Map<String, Object> productionProfile() throws IOException {
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/fengqiao-platform.yml")) {
            for (Object document : new Yaml().loadAll(in)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) document;
                if ("production".equals(get(map, "spring", "config", "activate", "on-profile"))) {
                    return map;
                }
            }
        }
        throw new AssertionError("fengqiao-platform.yml has no production document");
    }

    private static Set<String> placeholdersWithoutDefault(Object yaml) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(String.valueOf(yaml));
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> dockerfileInstructions(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
            } else {
                instructions.add(current.toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static String run(Path directory, Duration timeout, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
        Path log = Files.createTempFile(directory, "run-", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java " + String.join(" ", arguments) + " did not end within " + timeout);
        }
        return Files.readString(log);
    }
}
