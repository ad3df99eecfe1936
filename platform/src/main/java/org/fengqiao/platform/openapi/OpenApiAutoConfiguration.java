package org.fengqiao.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.RequestIdFilter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The API's OpenAPI 3 document ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}): springdoc describes the
 * controllers and their schemas; this adds what they share: both security schemes (HTTP Basic, bearer JWT), the
 * {@code X-Request-Id}, {@code Idempotency-Key} and {@code If-Match} headers, the roles of each endpoint (from
 * {@link ApiAccessRules}) and the problem documents every endpoint may answer with, each with an example.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    private static final String PROBLEM = "Problem";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI fengqiaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Fengqiao cases API").version("1")
                        .description("Petitions and disputes of a sub-district: commands, case queries, boards. "
                                + "Authenticate with HTTP Basic (embedded default) or a bearer JWT (production). "
                                + "Every POST takes an Idempotency-Key; lifecycle commands take If-Match with the "
                                + "case's version; every error is an RFC 7807 problem document."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account of fengqiao.security.accounts (embedded default)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A JWT of the configured issuer (production): claims sub, roles, "
                                        + "jurisdiction, units, scope")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer fengqiaoOperations() {
        return openApi -> {
            // springdoc drops schemas that no controller references before customizers run, so the problem
            // schema every response below refers to is (re)added here
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                name(path, method, operation);
                describe(path, method, operation);
                answerJson(operation);
            }));
        };
    }

    private static void name(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setTags(List.of(ApiOperations.tagOf(path)));
        ApiOperations.of(method.name(), path).ifPresent(row -> {
            operation.setOperationId(row.operationId());
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                operation.setSummary(row.summary());
            }
        });
    }

    /**
     * A success answer springdoc lists as {@code *}{@code /*} (no {@code produces} on the mapping) is JSON whenever
     * its schema is a JSON document: say so, so that clients send {@code Accept: application/json} and parse it.
     */
    private static void answerJson(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            Content content = response.getContent();
            if (status.startsWith("2") && content != null && content.size() == 1 && content.containsKey("*/*")
                    && content.get("*/*").getSchema() != null
                    && content.get("*/*").getSchema().get$ref() != null) {
                response.setContent(new Content().addMediaType("application/json", content.get("*/*")));
            }
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        String example = path.replaceAll("\\{kind[^}]*}", "disputes").replaceAll("\\{caseId}",
                "0b4f5c8e-6a1d-4c39-9a57-1d1d2a3b4c5d");
        String roles = ApiAccessRules.ruleFor(method.name(), example)
                .map(rule -> "Roles: " + rule.roles() + (rule.grant() == null ? "" : "; system clients with grant `"
                        + rule.grant() + "`"))
                .orElse(ApiAccessRules.isPublic(example) ? "Public." : "Any authenticated caller.");
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + roles);
        operation.addParametersItem(header(RequestIdFilter.HEADER, "Correlation id; generated when absent and "
                + "returned in the response", false));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (method == PathItem.HttpMethod.POST) {
            operation.addParametersItem(header("Idempotency-Key", "Makes a retry safe: the same key and body "
                    + "answer the first response again and append nothing (kept 24 h); another body answers 422",
                    false));
            if (path.contains("{caseId}")) {
                operation.addParametersItem(header("If-Match", "The case version the command expects, as returned "
                        + "in ETag or version; another version answers 412", false));
                problem(responses, "412", "VERSION_MISMATCH", "Version mismatch",
                        "The case has version 7, not the expected 5.");
            }
            problem(responses, "400", "INVALID_VALUE", "Invalid value", "subject must be at most 200 characters");
            problem(responses, "409", "CASE_CLOSED", "Conflicts with the state of the case",
                    "nothing happens to a closed case");
            problem(responses, "413", "PAYLOAD_TOO_LARGE", "Payload too large",
                    "The request body is larger than 1048576 bytes.");
            problem(responses, "415", "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type",
                    "Content-Type 'text/plain' is not supported.");
            problem(responses, "422", "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was used with another request.");
        } else {
            problem(responses, "400", "INVALID_VALUE", "Invalid value", "page must be a whole number");
        }
        if (!ApiAccessRules.isPublic(example)) {
            problem(responses, "401", "UNAUTHORIZED", "Unauthorized", "Valid credentials are required.");
            problem(responses, "403", "FORBIDDEN", "Forbidden", "Your role does not allow this request.");
        }
        if (path.contains("{caseId}") || path.startsWith("/api/boards")) {
            problem(responses, "404", "CASE_NOT_FOUND", "Case not found",
                    "No case with this id is known (or it is outside your jurisdiction).");
        }
        if (method == PathItem.HttpMethod.GET && path.equals("/api/cases/{caseId}")) {
            ApiResponse ok = responses.get("200");
            if (ok != null) {
                ok.addHeaderObject("ETag", new Header().description("The case's version, quoted: use it in If-Match")
                        .schema(new StringSchema().example("\"5\"")));
            }
        }
    }

    private static Parameter header(String name, String description, boolean required) {
        return new HeaderParameter().name(name).description(description).required(required)
                .schema(new StringSchema());
    }

    private static void problem(ApiResponses responses, String status, String code, String title, String detail) {
        if (responses.containsKey(status)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemDocuments.typeOf(code).toString());
        example.put("title", title);
        example.put("status", Integer.parseInt(status));
        example.put("detail", detail);
        example.put("instance", "/api/disputes/0b4f5c8e-6a1d-4c39-9a57-1d1d2a3b4c5d/notes");
        example.put("code", code);
        responses.addApiResponse(status, new ApiResponse().description(title).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM)).example(example))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 7807 problem document")
                .addProperty("type", new StringSchema().example("urn:fengqiao:problem:case-closed"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("Stable code, e.g. a CaseRule name"))
                .addProperty("field", new StringSchema().description("The field at fault, when one is"))
                .addProperty("errors", new ArraySchema().description("Every bad field").items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("detail", new StringSchema())))
                .addProperty("currentVersion", new IntegerSchema().description("412 only: the case's version"));
    }
}
