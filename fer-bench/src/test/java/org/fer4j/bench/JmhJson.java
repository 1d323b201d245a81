package org.fer4j.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes JMH JSON result text in the layout JMH 1.37 produces, for tests. */
final class JmhJson {

    private JmhJson() {}

    /** One result entry with parameters sorted by name as JMH writes them; a NaN score is written as a string. */
    static String entry(String benchmark, Map<String, String> params, double score, String unit) {
        String paramText = new TreeMap<>(params).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" : \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "org.fer4j.bench.%s",
                    "mode" : "avgt",
                    "threads" : 1,
                    "forks" : 1,
                    "jvmArgs" : [ "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=2" ],
                    "params" : { %s },
                    "primaryMetric" : {
                        "score" : %s,
                        "scoreError" : "NaN",
                        "scoreConfidence" : [ "NaN", "NaN" ],
                        "scoreUnit" : "%s",
                        "rawData" : [ [ 1.0 ] ]
                    },
                    "secondaryMetrics" : { }
                }""", benchmark, paramText, Double.isNaN(score) ? "\"NaN\"" : Double.toString(score), unit);
    }

    /** A result file's text holding the entries. */
    static String array(String... entries) {
        return "[\n" + String.join(",\n", entries) + "\n]\n";
    }
}
