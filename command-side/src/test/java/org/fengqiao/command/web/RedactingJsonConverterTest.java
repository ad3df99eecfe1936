package org.fengqiao.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

class RedactingJsonConverterTest {

    private final RedactingJsonConverter converter = new RedactingJsonConverter(new ObjectMapper());

    record Body(List<Party> parties) {
    }

    @Test
    void a_value_jackson_refuses_is_not_quoted_but_its_field_is_named() {
        HttpMessageNotReadableException e = refused("{\"parties\":[{\"name\":\"王芳\",\"role\":\"王芳\"}]}");

        assertThat(e.getMessage()).isEqualTo("JSON parse error: InvalidFormatException at parties[0].role")
                .doesNotContain("王芳");
        assertThat(e.getCause()).isInstanceOf(JsonMappingException.class);
        assertThat(e.getCause().getMessage()).as("the cause keeps Jackson's detail for the problem document")
                .contains(PartyRole.class.getName());
    }

    @Test
    void malformed_json_is_not_quoted() {
        HttpMessageNotReadableException e = refused("{\"parties\":[{\"name\":王芳}]}");

        assertThat(e.getMessage()).startsWith("JSON parse error: ").doesNotContain("王芳");
    }

    @Test
    void a_readable_body_reads_as_before() throws Exception {
        Object body = converter.read(Body.class, null,
                message("{\"parties\":[{\"name\":\"王芳\",\"role\":\"APPLICANT\"}]}"));

        assertThat(body).isEqualTo(new Body(List.of(new Party("王芳", null, PartyRole.APPLICANT))));
    }

    private HttpMessageNotReadableException refused(String json) {
        return catchThrowableOfType(HttpMessageNotReadableException.class,
                () -> converter.read(Body.class, null, message(json)));
    }

    private static MockHttpInputMessage message(String json) {
        MockHttpInputMessage message = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        message.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        return message;
    }
}
