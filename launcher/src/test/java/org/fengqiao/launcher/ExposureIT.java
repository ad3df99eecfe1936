package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What the embedded default shows to the network (issue 18, item 8). Started as shipped, it listens on loopback only.
 * Opened with {@code server.address=0.0.0.0} and called over this machine's network address: the demo accounts are
 * refused (401, as wrong credentials), metrics and the API description take credentials, and a real account works;
 * over loopback the same instance keeps them open.
 */
class ExposureIT {

    /** The demo account {@code intake}, as application.yml configures it. */
    private static final String INTAKE_HASH = "{bcrypt}$2a$06$eAzhKlxKFhWI8u4QNaW6uugJPdgkNeLcn/dbFaTuckJXQYnYqXhaq";

    @Test
    void the_embedded_default_listens_on_loopback_only() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        try (ConfigurableApplicationContext application = start(Map.of())) {
            int port = port(application);
            assertThat(application.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(status("127.0.0.1", port, "/actuator/health", null)).isEqualTo(200);
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(network.get(), port), 2_000);
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void opened_to_the_network_demo_accounts_and_ops_endpoints_stay_local() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        Map<String, String> opened = new HashMap<>();
        opened.put("server.address", "0.0.0.0");
        // a list given here replaces the configured one: a real account and one demo account
        opened.put("fengqiao.security.accounts[0].name", "ops");
        opened.put("fengqiao.security.accounts[0].password", "{bcrypt}" + new BCryptPasswordEncoder(4)
                .encode("s3cret-ops"));
        opened.put("fengqiao.security.accounts[0].roles", "AUDITOR");
        opened.put("fengqiao.security.accounts[1].name", "intake");
        opened.put("fengqiao.security.accounts[1].password", INTAKE_HASH);
        opened.put("fengqiao.security.accounts[1].roles", "INTAKE");
        try (ConfigurableApplicationContext application = start(opened)) {
            int port = port(application);
            String remote = network.get().getHostAddress();
            assertThat(status(remote, port, "/actuator/health", null)).isEqualTo(200);
            assertThat(status(remote, port, "/api/jurisdictions", ApiClient.basic("intake"))).isEqualTo(401);
            assertThat(status("127.0.0.1", port, "/api/jurisdictions", ApiClient.basic("intake"))).isEqualTo(200);
            String ops = "Basic " + java.util.Base64.getEncoder().encodeToString("ops:s3cret-ops".getBytes());
            assertThat(status(remote, port, "/api/jurisdictions", ops)).isEqualTo(200);
            for (String path : new String[] {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui/index.html"}) {
                assertThat(status(remote, port, path, null)).as(path).isEqualTo(401);
                assertThat(status(remote, port, path, ops)).as(path).isEqualTo(200);
                assertThat(status("127.0.0.1", port, path, null)).as(path).isEqualTo(200);
            }
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!face.isUp() || face.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(face.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static ConfigurableApplicationContext start(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(TemporaryDataFolder.properties(TemporaryDataFolder.newFolder()));
        properties.put("server.port", "0");
        properties.putAll(extra);
        return new SpringApplicationBuilder(CaseManagementApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext application) {
        return application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static int status(String host, int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
