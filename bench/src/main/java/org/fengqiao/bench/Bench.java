package org.fengqiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load, crash and benchmark harness. {@code java -jar bench/target/fengqiao-bench.jar [scenario] [--key=value]}
 * with the scenarios {@code load} (default), {@code crash}, {@code replay}, {@code aggregate-load}, {@code scale} and {@code all};
 * see bench/README.md for the options. Prints a table and writes the figures as JSON to {@code --results}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 && !args[0].startsWith("--") ? args[0] : "load";
        Options options = Options.parse(args);
        List<String> scenarios = scenario.equals("all")
                ? List.of("load", "aggregate-load", "replay", "crash", "scale") : List.of(scenario);
        boolean failed = false;
        for (String each : scenarios) {
            Report report = new Report(each);
            boolean passed = switch (each) {
                case "load" -> new LoadScenario(options).run(report);
                case "crash" -> new CrashScenario(options).run(report);
                case "replay" -> new ReplayScenario(options).run(report);
                case "aggregate-load" -> new AggregateLoadScenario(options).run(report);
                case "scale" -> new ScaleScenario(options).run(report);
                default -> throw new IllegalArgumentException("unknown scenario " + each
                        + " (load, crash, replay, aggregate-load, scale, all)");
            };
            report.print();
            System.out.println("figures written to " + report.write(options.path("results", "bench/target/results")));
            failed |= !passed;
        }
        if (failed) {
            System.out.println("FAILED: see the table above");
            System.exit(1);
        }
    }

    /** {@code --key=value} options with defaults. */
    record Options(Map<String, String> values) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                if (arg.startsWith("--") && arg.contains("=")) {
                    values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("options are --key=value: " + arg);
                }
            }
            return new Options(values);
        }

        int integer(String key, int fallback) {
            return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
        }

        double decimal(String key, double fallback) {
            return values.containsKey(key) ? Double.parseDouble(values.get(key)) : fallback;
        }

        String text(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        Path path(String key, String fallback) {
            return Path.of(text(key, fallback)).toAbsolutePath();
        }

        long[] longs(String key, String fallback) {
            return Arrays.stream(text(key, fallback).split(",")).mapToLong(Long::parseLong).toArray();
        }

        /** A fresh data folder for one service under {@code --work}. */
        Path newDataDir(String name) throws java.io.IOException {
            Path work = path("work", "bench/target/work");
            Files.createDirectories(work);
            return Files.createTempDirectory(work, name + "-" + Instant.now().toString().replace(':', '-') + "-");
        }

        Service service(Path dataDir, String... arguments) {
            return new Service(serviceJar(), dataDir, text("heap", "1g"), words("jvm-args", List.of()),
                    words("service-args", List.of(arguments)), integer("ready-seconds", 120));
        }

        /** The words of a blank-separated option after {@code first}. */
        private List<String> words(String key, List<String> first) {
            List<String> all = new ArrayList<>(first);
            String extra = text(key, "");
            if (!extra.isBlank()) {
                all.addAll(List.of(extra.trim().split("\\s+")));
            }
            return all;
        }

        /**
         * A copy of the service jar, made once per harness run: a running service loads classes from its jar
         * lazily, so a rebuild that rewrote the jar under it would break a long benchmark.
         */
        synchronized Path serviceJar() {
            Path copy = path("work", "bench/target/work").resolve("service-" + ProcessHandle.current().pid() + ".jar");
            try {
                if (!Files.exists(copy)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(path("jar", "launcher/target/fengqiao.jar"), copy);
                    copy.toFile().deleteOnExit();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return copy;
        }
    }

    static String percent(double part, double whole) {
        return String.format(Locale.ROOT, "%.1f %% of", 100 * part / whole);
    }
}
