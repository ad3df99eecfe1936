package org.fengqiao.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, with its parameter check made at the door: the strict firewall checks parameter
 * names and values only when something first reads them, deep inside a controller, where its refusal surfaced as an
 * internal error (a query parameter named {@code %01}). Reading them here lets the filter chain answer 400.
 */
final class EagerFirewall extends StrictHttpFirewall {

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        FirewalledRequest firewalled = super.getFirewalledRequest(request);
        firewalled.getParameterMap().forEach((name, values) -> firewalled.getParameterValues(name));
        return firewalled;
    }
}
