package org.fer4j.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a JMH JSON result file ({@code -rf json}): which benchmark ran with which
 * parameters, and its primary score with unit.
 *
 * @param benchmark the fully qualified benchmark method, e.g. {@code org.fer4j.bench.GemmBenchmark.gemm}
 * @param mode JMH's mode label: {@code avgt}, {@code thrpt}, {@code ss} or {@code sample}
 * @param params the {@code @Param} values, in file order
 * @param score the primary score
 * @param scoreError the half-width of the 99.9% confidence interval, NaN when JMH could not tell
 * @param unit the score unit, e.g. {@code ms/op} or {@code ops/s}
 * @param jvmArgs the forked JVM's arguments (thread settings show up here)
 */
public record JmhResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        double scoreError,
        String unit,
        List<String> jvmArgs) {

    /** Copies the collections, keeping the parameters' order. */
    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** Reads a JMH JSON result file. */
    public static List<JmhResult> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /**
     * Parses JMH JSON result text.
     *
     * @param reader the text
     * @param source a name for error messages, e.g. the file
     */
    public static List<JmhResult> parse(Reader reader, String source) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new IOException(source + " is not JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new IOException(source + " is not a JMH result file: expected a JSON array of results");
        }
        JsonArray entries = root.getAsJsonArray();
        List<JmhResult> results = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            results.add(entry(entries.get(i), source + " entry " + i));
        }
        return results;
    }

    private static JmhResult entry(JsonElement element, String where) throws IOException {
        try {
            JsonObject o = element.getAsJsonObject();
            JsonObject metric = o.getAsJsonObject("primaryMetric");
            if (metric == null) {
                throw new IOException(where + " has no primaryMetric");
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (o.has("params")) {
                o.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
            }
            List<String> jvmArgs = new ArrayList<>();
            if (o.has("jvmArgs")) {
                o.getAsJsonArray("jvmArgs").forEach(a -> jvmArgs.add(a.getAsString()));
            }
            return new JmhResult(
                    required(o, "benchmark", where).getAsString(),
                    required(o, "mode", where).getAsString(),
                    params,
                    number(required(metric, "score", where)),
                    metric.has("scoreError") ? number(metric.get("scoreError")) : Double.NaN,
                    required(metric, "scoreUnit", where).getAsString(),
                    jvmArgs);
        } catch (IllegalStateException | ClassCastException | NumberFormatException e) {
            throw new IOException(where + " is malformed: " + e.getMessage(), e);
        }
    }

    private static JsonElement required(JsonObject o, String key, String where) throws IOException {
        JsonElement value = o.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IOException(where + " has no '" + key + "'");
        }
        return value;
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(JsonElement value) {
        return Double.parseDouble(value.getAsString());
    }

    /** The benchmark's class without package, e.g. {@code GemmBenchmark}. */
    public String benchmarkClass() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : benchmark;
    }

    /** The benchmark method, e.g. {@code gemm}. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** An integer parameter, or the fallback when absent. */
    public int intParam(String name, int fallback) {
        String value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(benchmark + ": parameter " + name + "=" + value + " is not an integer", e);
        }
    }

    /** Seconds per operation, converting time units ({@code ms/op}) and inverting throughput ones ({@code ops/s}). */
    public double secondsPerOp() {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException(benchmark + ": unsupported score unit '" + unit + "'");
        }
        if (parts[1].equals("op")) {
            return score * seconds(parts[0]);
        }
        if (parts[0].equals("ops")) {
            return seconds(parts[1]) / score;
        }
        throw new IllegalArgumentException(benchmark + ": unsupported score unit '" + unit + "'");
    }

    /** The relative half-width of the score's confidence interval (error / score), NaN if unknown. */
    public double relativeError() {
        return scoreError / score;
    }

    private double seconds(String timeUnit) {
        return switch (timeUnit) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new IllegalArgumentException(benchmark + ": unknown time unit '" + timeUnit + "' in " + unit);
        };
    }
}
