package org.fengqiao.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one harness run: printed as a table, written as JSON for comparing runs. A figure measured in
 * several runs is given as the median with every run's value beside it.
 */
final class Report {

    private record Figure(String name, double value, String unit, double[] runs, String note) {
    }

    private final String scenario;
    private final List<Figure> figures = new ArrayList<>();
    private final ObjectNode details = Api.JSON.createObjectNode();

    Report(String scenario) {
        this.scenario = scenario;
    }

    void add(String name, double value, String unit, String note) {
        figures.add(new Figure(name, value, unit, new double[0], note));
    }

    /** The median of the runs' values (NaN values, from runs that recorded nothing, are left out). */
    double addMedian(String name, double[] runs, String unit, String note) {
        double median = median(runs);
        figures.add(new Figure(name, median, unit, runs.clone(), note));
        return median;
    }

    ObjectNode details() {
        return details;
    }

    static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return Double.NaN;
        }
        int middle = present.length / 2;
        return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }

    void print() {
        System.out.println();
        System.out.println("## " + scenario + " — " + machine());
        System.out.println();
        System.out.println("| figure | median | unit | runs | note |");
        System.out.println("|---|---:|---|---|---|");
        for (Figure figure : figures) {
            StringBuilder runs = new StringBuilder();
            for (double run : figure.runs()) {
                runs.append(runs.length() == 0 ? "" : " / ").append(format(run));
            }
            System.out.printf("| %s | %s | %s | %s | %s |%n", figure.name(), format(figure.value()), figure.unit(),
                    runs, figure.note() == null ? "" : figure.note());
        }
        System.out.println();
    }

    Path write(Path folder) throws IOException {
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("scenario", scenario);
        root.put("takenAt", Instant.now().toString());
        root.put("machine", machine());
        ArrayNode list = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode node = list.addObject();
            node.put("name", figure.name());
            node.put("value", Double.isNaN(figure.value()) ? null : figure.value());
            node.put("unit", figure.unit());
            ArrayNode runs = node.putArray("runs");
            Arrays.stream(figure.runs()).forEach(runs::add);
            if (figure.note() != null) {
                node.put("note", figure.note());
            }
        }
        root.set("details", details);
        Files.createDirectories(folder);
        Path file = folder.resolve(scenario + "-" + Instant.now().toString().replace(':', '-') + ".json");
        Files.writeString(file, Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        return file;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String machine() {
        String memory = "?";
        String load = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            memory = Math.round(Long.parseLong(memory) / 1024.0 / 1024.0) + " GiB";
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the question marks
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", Java "
                + System.getProperty("java.version") + ", load average " + load + " at the end";
    }
}
