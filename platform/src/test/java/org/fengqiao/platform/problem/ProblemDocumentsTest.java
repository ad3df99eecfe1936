package org.fengqiao.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemDocumentsTest {

    @Test
    void types_a_code_in_lower_case_with_dashes() {
        assertThat(ProblemDocuments.typeOf("IDEMPOTENCY_KEY_REUSED"))
                .hasToString("urn:fengqiao:problem:idempotency-key-reused");
    }

    @Test
    void builds_a_problem_with_code_field_and_instance() {
        ProblemDetail problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "Invalid value",
                "page must be a whole number", "page", "/api/cases");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("urn:fengqiao:problem:invalid-value");
        assertThat(problem.getTitle()).isEqualTo("Invalid value");
        assertThat(problem.getDetail()).isEqualTo("page must be a whole number");
        assertThat(problem.getInstance()).hasToString("/api/cases");
        assertThat(problem.getProperties()).containsEntry("code", "INVALID_VALUE").containsEntry("field", "page");
    }

    @Test
    void leaves_out_a_field_that_is_not_known_and_an_instance_that_is_no_uri() {
        ProblemDetail problem = ProblemDocuments.of(HttpStatus.CONFLICT, "CASE_CLOSED", "Closed", "closed", null,
                "/api/cases/a b");

        assertThat(problem.getInstance()).isNull();
        assertThat(problem.getProperties()).doesNotContainKey("field");
    }

    @Test
    void writes_the_same_document_to_a_servlet_response_in_spring_mvc_member_order() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/disputes");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemDocuments.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "Payload too large", "The body is larger than 1 MB.");

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = new ObjectMapper().readTree(response.getContentAsByteArray());
        List<String> members = new ArrayList<>();
        body.fieldNames().forEachRemaining(members::add);
        assertThat(members).containsExactly("type", "title", "status", "detail", "instance", "code");
        assertThat(body.get("type").asText()).isEqualTo("urn:fengqiao:problem:payload-too-large");
        assertThat(body.get("status").asInt()).isEqualTo(413);
        assertThat(body.get("instance").asText()).isEqualTo("/api/disputes");
        assertThat(body.get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }
}
