package org.fer4j.cli.report;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.ModelCard;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.core.data.MalformedDataException;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.Evaluator;
import org.fer4j.metrics.curve.LearningCurve;
import org.fer4j.metrics.report.ConfusionMatrixChart;
import org.fer4j.metrics.report.HtmlReport;
import org.fer4j.metrics.report.JsonReportWriter;
import org.fer4j.metrics.report.LearningCurveChart;
import org.fer4j.metrics.report.PerClassMetricsChart;
import org.fer4j.metrics.report.PngChart;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.metrics.report.VariantComparisonChart;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.Variant;

/**
 * Evaluates saved models on a FER2013-layout CSV and writes the paper's evaluation tables and
 * figures: Table 2 (train / validation / test accuracy), Table 3 (per-class metrics of the model
 * with the best validation accuracy), Table 5 (variant comparison), the learning curves of every
 * model whose directory holds a {@value #CURVE_FILE}, and the confusion matrix of the best model;
 * as CSV, JSON, PNG and one self-contained HTML page.
 *
 * <p>Splits: train = a seeded random sample of {@code --train-sample} Training faces (all with 0),
 * validation = PublicTest, test = {@code --test-usage} (default PrivateTest; reported as n/a when the
 * file has no such rows, as in the shared FER2013 copy).
 *
 * <pre>
 * fer4j report evaluation --data ../shared/data/fer2013/fer2013.csv.gz --models runs/cnn-rnn,runs/cnn-attention --out report
 * </pre>
 */
public final class EvaluationReport {

    /** The learning-curve file a saved model directory may hold, written by {@code LearningCurve.writeJson}. */
    public static final String CURVE_FILE = "curve.json";

    /** Seed of the training-accuracy sample. */
    private static final long SAMPLE_SEED = 2013;

    private EvaluationReport() {}

    /**
     * How the evaluation was run, for the report's header and JSON.
     *
     * @param data the CSV file
     * @param testUsage the split used as test
     * @param trainSample the requested training sample size (0 = all)
     * @param flip whether predictions averaged each face with its mirror image
     * @param trainFaces training faces actually scored
     * @param validationFaces PublicTest faces scored
     * @param testFaces test faces scored (0 when the file has none)
     */
    public record Setup(
            Path data, Fer2013Usage testUsage, int trainSample, boolean flip, int trainFaces, int validationFaces,
            int testFaces) {}

    /**
     * Evaluates the models and writes the report.
     *
     * @param data the FER2013-layout CSV(.gz)
     * @param modelDirs saved model directories
     * @param testUsage the split reported as test
     * @param trainSample how many Training faces to score (0 = all)
     * @param flip whether to average each face with its mirror image
     * @param out the report folder
     */
    public static void run(Path data, List<Path> modelDirs, Fer2013Usage testUsage, int trainSample, boolean flip,
            Path out) throws IOException {
        for (Path dir : modelDirs) {
            if (!Files.isRegularFile(dir.resolve("model.json"))) {
                throw new IllegalArgumentException("--models: " + dir + " is not a saved model directory (no model.json)");
            }
        }
        List<String> names = new ArrayList<>();
        for (Path dir : modelDirs) {
            names.add(modelName(dir));
        }
        if (names.stream().distinct().count() != modelDirs.size()) {
            throw new IllegalArgumentException("--models: models are named after their zoo variant (or, for custom "
                    + "models, their directory), which must differ: " + names + " for " + modelDirs);
        }

        System.out.println("Reading " + data + " ...");
        FaceDataset validation = split(data, Fer2013Usage.PUBLIC_TEST);
        FaceDataset test = testUsage == Fer2013Usage.PUBLIC_TEST ? validation : optionalSplit(data, testUsage);
        FaceDataset train = trainingSample(data, trainSample);
        Setup setup = new Setup(data, testUsage, trainSample, flip, train.samples().size(),
                validation.samples().size(), test == null ? 0 : test.samples().size());
        System.out.printf("Splits: train sample %d faces, validation (PublicTest) %d, test (%s) %s%n",
                setup.trainFaces(), setup.validationFaces(), testUsage.csvName(),
                test == null ? "absent" : setup.testFaces() + " faces");

        List<ModelEvaluation> evaluations = new ArrayList<>();
        for (Path dir : modelDirs) {
            long started = System.nanoTime();
            ModelEvaluation m = evaluate(dir, flip, train, validation, test);
            evaluations.add(m);
            System.out.printf(Locale.ROOT, "%-24s train acc %.4f F1 %.4f | val acc %.4f F1 %.4f | test %s  (%.0f s)%n",
                    m.name(), m.train().accuracy(), m.train().macroF1(), m.validation().accuracy(),
                    m.validation().macroF1(),
                    m.testMetrics().map(t -> String.format(Locale.ROOT, "acc %.4f F1 %.4f", t.accuracy(), t.macroF1()))
                            .orElse("n/a"),
                    (System.nanoTime() - started) / 1e9);
        }
        EvaluationTables tables = new EvaluationTables(evaluations);
        write(tables, setup, out);
        System.out.println("Best by validation accuracy: " + tables.best().name());
        System.out.println("Wrote " + out.resolve("report.html") + " and its CSV, JSON and PNG files");
    }

    /**
     * Scores one saved model on the three splits and reads its learning curve.
     *
     * @param dir the model directory; its zoo variant (or for a custom model its directory name) becomes the model's name
     * @param flip whether to average each face with its mirror image
     * @param train the training sample
     * @param validation the validation split
     * @param test the test split, or null
     */
    public static ModelEvaluation evaluate(
            Path dir, boolean flip, FaceDataset train, FaceDataset validation, FaceDataset test) throws IOException {
        try (EmotionRecognizer recognizer = EmotionRecognizer.load(dir, Device.cpu(), flip)) {
            String name = modelName(recognizer.card(), dir);
            if (!recognizer.labels().equals(validation.labelSet())) {
                throw new IllegalArgumentException(dir + " predicts [" + recognizer.labels()
                        + "], not the FER2013 classes [" + validation.labelSet() + "] of the data");
            }
            long parameters = 0;
            for (Pair<String, Parameter> p : recognizer.block().getParameters()) {
                parameters += p.getValue().getArray().getShape().size();
            }
            LearningCurve curve = null;
            Path curveFile = dir.resolve(CURVE_FILE);
            if (Files.isRegularFile(curveFile)) {
                curve = LearningCurve.of(name, LearningCurve.readJson(curveFile).epochs());
            }
            ClassificationMetrics validationMetrics = score(recognizer, validation);
            ClassificationMetrics testMetrics =
                    test == null ? null : test == validation ? validationMetrics : score(recognizer, test);
            return new ModelEvaluation(name, recognizer.spec(), recognizer.card(), parameters,
                    score(recognizer, train), validationMetrics, testMetrics, curve);
        }
    }

    /** The model's zoo variant id, or its directory's name for a custom model. */
    static String modelName(Path dir) throws IOException {
        return modelName(EmotionRecognizer.readCard(dir), dir);
    }

    private static String modelName(ModelCard card, Path dir) {
        boolean zoo = Arrays.stream(Variant.values()).anyMatch(v -> v.id().equals(card.variant()));
        return zoo ? card.variant() : dir.toAbsolutePath().normalize().getFileName().toString();
    }

    private static ClassificationMetrics score(EmotionRecognizer recognizer, FaceDataset dataset) throws IOException {
        return Evaluator.evaluate(recognizer, dataset);
    }

    private static FaceDataset split(Path data, Fer2013Usage usage) throws IOException {
        Fer2013Dataset dataset = Fer2013Dataset.builder().setCsvPath(data).optUsage(usage).build();
        dataset.prepare(null);
        return dataset;
    }

    /** The split, or null when the file has no usable row of it (the shared FER2013 copy has no PrivateTest). */
    private static FaceDataset optionalSplit(Path data, Fer2013Usage usage) throws IOException {
        try {
            return split(data, usage);
        } catch (MalformedDataException e) {
            if (e.problem().startsWith("no usable rows")) {
                System.out.println("No " + usage.csvName() + " rows in " + data.getFileName() + ": test accuracy is n/a");
                return null;
            }
            throw e;
        }
    }

    private static FaceDataset trainingSample(Path data, int count) throws IOException {
        FaceDataset all = split(data, Fer2013Usage.TRAINING);
        int size = all.samples().size();
        return InMemoryFaceDataset.subset(all, SeededSubset.indices(size, count <= 0 ? size : count, SAMPLE_SEED));
    }

    /**
     * Writes every table (CSV), {@code evaluation.json}, the charts (PNG) and {@code report.html}
     * into {@code out}.
     */
    public static void write(EvaluationTables tables, Setup setup, Path out) throws IOException {
        Files.createDirectories(out);
        ModelEvaluation best = tables.best();
        String reportedSplit = best.test() != null ? setup.testUsage().csvName() + " (test)" : "PublicTest (validation)";

        ReportTable accuracy = tables.accuracyTable();
        ReportTable perClass = tables.perClassTable();
        ReportTable variants = tables.variantTable();
        accuracy.writeCsv(out.resolve("table2_accuracy.csv"));
        perClass.writeCsv(out.resolve("table3_per_class.csv"));
        variants.writeCsv(out.resolve("table5_variants.csv"));
        AtomicFile.writeString(out.resolve("evaluation.json"), toJson(tables, setup));

        List<LearningCurve> curves =
                tables.models().stream().flatMap(m -> m.learningCurve().stream()).toList();
        PngChart curveChart = null;
        if (!curves.isEmpty()) {
            LearningCurveChart.Builder chart = LearningCurveChart.builder().optTitle("Learning curves").optSize(1400, 640);
            curves.forEach(chart::addCurve);
            curveChart = chart.build();
            curveChart.writePng(out.resolve("learning_curves.png"));
        }
        PngChart matrixChart = ConfusionMatrixChart.builder()
                .setMatrix(best.reported().confusionMatrix())
                .optTitle("Confusion matrix of " + best.name() + " on " + reportedSplit)
                .build();
        matrixChart.writePng(out.resolve("confusion_matrix.png"));
        PngChart perClassChart = PerClassMetricsChart.builder()
                .setMetrics(best.reported())
                .optTitle("Per-class metrics of " + best.name() + " on " + reportedSplit)
                .build();
        perClassChart.writePng(out.resolve("per_class.png"));
        PngChart comparisonChart = VariantComparisonChart.builder()
                .setComparison(tables.comparison())
                .optTitle("Model variants on FER2013")
                .build();
        comparisonChart.writePng(out.resolve("variant_comparison.png"));

        HtmlReport.Builder html = HtmlReport.builder().setTitle("fer4j evaluation on FER2013");
        html.addParagraph(String.format(Locale.ROOT,
                "Data: %s. Train accuracy is measured on %s; validation is PublicTest (%d faces), the split "
                        + "used for model selection; test is %s. Flip averaging at test time: %s.",
                setup.data().getFileName(),
                setup.trainFaces() == 0 ? "no faces"
                        : "a seeded random sample of " + setup.trainFaces() + " Training faces",
                setup.validationFaces(),
                setup.testFaces() == 0 ? setup.testUsage().csvName() + ", which this file does not contain (n/a)"
                        : setup.testUsage().csvName() + " (" + setup.testFaces() + " faces)",
                setup.flip() ? "on" : "off"));
        html.addSection("Accuracy per split").addTable(accuracy);
        html.addSection("Learning curves");
        if (curveChart != null) {
            html.addChart("Loss and accuracy per epoch; dashed = training, solid = validation (PublicTest).", curveChart);
        }
        List<String> without = tables.models().stream().filter(m -> m.curve() == null).map(ModelEvaluation::name).toList();
        if (!without.isEmpty()) {
            html.addParagraph("No " + CURVE_FILE + " in the model directory of: " + String.join(", ", without) + ".");
        }
        html.addSection("Per-class metrics of the best model")
                .addParagraph(String.format(Locale.ROOT,
                        "%s has the highest validation accuracy of the models compared. On %s: accuracy %.2f%% on %d "
                                + "faces, macro F1 %.4f, balanced accuracy %.2f%%.",
                        best.name(), reportedSplit, 100 * best.reported().accuracy(), best.reported().total(),
                        best.reported().macroF1(), 100 * best.reported().balancedAccuracy()))
                .addTable(perClass)
                .addChart("Precision, recall and F1 per class of " + best.name() + ".", perClassChart)
                .addChart("Confusion matrix of " + best.name() + " on " + reportedSplit
                        + ": rows are true classes, each cell the share of its row and the count.", matrixChart);
        html.addSection("Variant comparison")
                .addTable(variants)
                .addParagraph("Train − validation gap: training-sample accuracy minus PublicTest accuracy (over-fitting). "
                        + "MMACs: million multiply-accumulates of one frame through the network.")
                .addChart("Accuracy per split and macro F1 ("
                        + (tables.hasTest() ? "test" : "validation") + ") per model.", comparisonChart);
        html.build().write(out.resolve("report.html"));
    }

    private static String toJson(EvaluationTables tables, Setup setup) {
        JsonObject root = new JsonObject();
        root.addProperty("data", setup.data().toString());
        root.addProperty("testUsage", setup.testUsage().csvName());
        root.addProperty("trainSample", setup.trainSample());
        root.addProperty("flipAveraging", setup.flip());
        root.addProperty("trainFaces", setup.trainFaces());
        root.addProperty("validationFaces", setup.validationFaces());
        root.addProperty("testFaces", setup.testFaces());
        root.addProperty("bestByValidation", tables.best().name());
        root.add("comparison", JsonParser.parseString(JsonReportWriter.toJson(tables.comparison())));
        JsonArray models = new JsonArray();
        for (ModelEvaluation m : tables.models()) {
            JsonObject model = new JsonObject();
            model.addProperty("name", m.name());
            model.addProperty("architecture", m.architecture());
            model.addProperty("variant", m.card().variant());
            model.addProperty("spec", m.spec().toString());
            model.addProperty("parameters", m.parameters());
            model.addProperty("macsPerFrame", m.spec().macsPerFrame());
            model.add("train", metrics(m.train()));
            model.add("validation", metrics(m.validation()));
            model.add("test", m.test() == null ? JsonNull.INSTANCE : metrics(m.test()));
            model.add("learningCurve", m.curve() == null ? JsonNull.INSTANCE : JsonParser.parseString(m.curve().toJson()));
            models.add(model);
        }
        root.add("models", models);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
    }

    private static JsonElement metrics(ClassificationMetrics metrics) {
        return JsonParser.parseString(JsonReportWriter.toJson(metrics));
    }
}
