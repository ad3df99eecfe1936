package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The checks made before a request reaches security or a controller: the firewall's parameters, the media type. */
class RequestCheckTest {

    @Test
    void a_parameter_name_with_a_control_character_is_refused_at_the_door() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases/x/history");
        request.addParameter("\u0001\u0007", "SH");
        assertThatThrownBy(() -> new EagerFirewall().getFirewalledRequest(request))
                .isInstanceOf(RequestRejectedException.class);
        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/api/cases/x/history");
        plain.addParameter("page", "1");
        assertThat(new EagerFirewall().getFirewalledRequest(plain).getParameter("page")).isEqualTo("1");
    }

    @Test
    void a_body_with_a_wildcard_or_unparsable_media_type_is_415() throws Exception {
        for (String type : new String[] {"*/*", "application/*", ";;;"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/petitions");
            request.setContentType(type);
            request.setContent("{}".getBytes());
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            new BodyLimitFilter(1024).doFilter(request, response, chain);
            assertThat(response.getStatus()).as(type).isEqualTo(415);
            assertThat(response.getContentAsString()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
            assertThat(chain.getRequest()).isNull();
        }
        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/petitions");
        json.setContentType("application/json");
        json.setContent("{}".getBytes());
        MockFilterChain chain = new MockFilterChain();
        new BodyLimitFilter(1024).doFilter(json, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
