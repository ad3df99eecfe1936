package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.fengqiao.platform.security.ApiAccessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document other systems generate clients from: it validates as OpenAPI (swagger-parser, and the
 * generator's own validation), every reference resolves, every operation has a unique id, a summary and its problem
 * responses; and a Java client generated from it by the OpenAPI Generator compiles and calls the running application.
 */
@EmbeddedApplicationTest
class OpenApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Test
    void the_document_validates_and_describes_every_operation_with_its_problems() throws Exception {
        String text = document();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(parsed.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();

        JsonNode doc = JSON.readTree(text);
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).contains(PROBLEM_REF);
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref + " resolves").isFalse();
        }

        Set<String> operationIds = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            assertThat(operation.path("summary").asText()).as("summary of " + name).isNotBlank();
            assertThat(operationIds.add(operation.path("operationId").asText())).as("unique operationId of " + name)
                    .isTrue();
            JsonNode responses = operation.path("responses");
            List<String> expected = new ArrayList<>(List.of("400"));
            if (!ApiAccessRules.isPublic(path.getKey())) {
                expected.addAll(List.of("401", "403"));
            }
            if (entry.getKey().equals("post")) {
                expected.addAll(List.of("409", "413", "415", "422"));
            }
            for (String status : expected) {
                assertThat(responses.has(status)).as(status + " of " + name).isTrue();
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(response.getKey() + " of " + name).isEqualTo(PROBLEM_REF);
                }
            });
        }));
        assertThat(operationIds).hasSizeGreaterThan(40);
        // the 12345 adapter: its orders and the hotline's callbacks, and the unit's extension request to it
        assertThat(operationIds).contains("receiveHotlineOrder", "receiveHotlineFollowUp", "receiveHotlineUrge",
                "receiveHotlineExtensionDecision", "requestHotlineExtension");
    }

    @Test
    void a_client_generated_from_the_document_compiles_and_calls_the_application(@TempDir Path work) throws Exception {
        Path spec = Files.writeString(work.resolve("openapi.json"), document());
        Path generated = work.resolve("client");
        generate(spec, generated);
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(generated.resolve("src/main/java"), Path.of("src/test/openapi-client"), classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            GeneratedClientCalls client = (GeneratedClientCalls) loader.loadClass("cn.fengqiao.client.calls.ClientCalls")
                    .getConstructor(String.class).newInstance("http://127.0.0.1:" + port);

            assertThat(client.nodeCodes()).contains("SH");
            String caseId = client.registerDispute("SH-FL-G03");
            await().atMost(20, TimeUnit.SECONDS).until(() -> client.statusAndVersion(caseId) != null);
            assertThat(client.statusAndVersion(caseId)).startsWith("RECEIVED ");
            long received = Long.parseLong(client.statusAndVersion(caseId).split(" ")[1]);

            long assigned = client.assign(caseId, received, "SH-FL-MEDIATION", "li.mediator");
            assertThat(assigned).isGreaterThan(received);
            assertThat(client.problemOfStaleVersion(caseId, received))
                    .isEqualTo("412 VERSION_MISMATCH " + assigned);
            long noted = client.addNote(caseId, "Called back through the generated client");
            assertThat(noted).isEqualTo(assigned + 1);

            // the history and the case view are separate projections: each catches up on its own
            await().atMost(20, TimeUnit.SECONDS).until(() -> client.historyEvents(caseId) == noted);
            await().atMost(20, TimeUnit.SECONDS).until(() -> ("ASSIGNED " + noted).equals(client.statusAndVersion(caseId)));
            assertThat(client.visibleCases()).isPositive();
            assertThat(client.problemOfUnknownCase()).isEqualTo("404 CASE_NOT_FOUND");
        }
    }

    private String document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    /** Runs the OpenAPI Generator CLI (copied into target by the build) on the document: a Java 11+ HTTP client. */
    private static void generate(Path spec, Path out) throws Exception {
        String cli = System.getProperty("openapi.generator.cli");
        assertThat(cli).as("system property openapi.generator.cli (set by failsafe in launcher/pom.xml)").isNotNull();
        assertThat(Path.of(cli)).exists();
        Path log = out.resolveSibling("generator.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", cli, "generate", "-g", "java", "--library", "native", "-i", spec.toString(),
                "-o", out.toString(),
                "--additional-properties=useJakartaEe=true,openApiNullable=false,annotationLibrary=none,"
                        + "useBeanValidation=false,hideGenerationTimestamp=true,supportUrlQuery=false,"
                        + "invokerPackage=cn.fengqiao.client,apiPackage=cn.fengqiao.client.api,"
                        + "modelPackage=cn.fengqiao.client.model",
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("generator finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }

    /** Compiles the generated client and the typed calls against Jackson, jakarta.annotation and the test classes. */
    private void compile(Path clientSources, Path callSources, Path classes) throws Exception {
        List<String> sources = new ArrayList<>();
        for (Path root : List.of(clientSources, callSources)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.add(file.toString()));
            }
        }
        String classpath = String.join(File.pathSeparator, location(ObjectMapper.class), location(JsonParser.class),
                location(JsonProperty.class), location(JavaTimeModule.class),
                location(jakarta.annotation.Nonnull.class), location(GeneratedClientCalls.class));
        List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-encoding", "UTF-8",
                "-d", classes.toString(), "-cp", classpath));
        arguments.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int result = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(result).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
