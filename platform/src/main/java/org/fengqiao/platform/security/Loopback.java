package org.fengqiao.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a request comes from this machine: its connection's peer address is a loopback address. Forwarded headers
 * are not read (anyone can send them), so a reverse proxy on the same host makes every request local: such a proxy
 * must not pass the paths open on loopback ({@code /actuator}, {@code /v3/api-docs}, {@code /swagger-ui}); the nginx
 * entry point of {@code docker/nginx} passes only {@code /api}.
 */
final class Loopback {

    private Loopback() {
    }

    static boolean isLocal(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.%\\w]+")) {
            return false;
        }
        try {
            // a literal address: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
