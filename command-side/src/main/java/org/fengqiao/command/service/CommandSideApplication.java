package org.fengqiao.command.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side as a service of its own (port 8081): the case aggregates and the HTTP command API, on Axon Server
 * ({@code production} profile) or on the shared PostgreSQL event store ({@code jdbc} profile). Run it as
 * {@code java -jar command-side-<version>-exec.jar}.
 * <p>
 * Its settings are {@code command-side.yml} rather than {@code application.yml}, because this module is also a library
 * of the one-process launcher, whose {@code application.yml} must be the only one on its class path. The launcher does
 * not pick this class up either: it leaves {@code @SpringBootApplication} classes out of its component scan.
 */
@SpringBootApplication(scanBasePackages = "org.fengqiao.command")
public class CommandSideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
