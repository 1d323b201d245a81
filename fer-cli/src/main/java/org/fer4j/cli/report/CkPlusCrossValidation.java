package org.fer4j.cli.report;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fer4j.core.AtomicFile;
import org.fer4j.augment.AugmentationPipeline;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.data.CkPlusDataset;
import org.fer4j.core.data.FaceDataset;
import org.fer4j.core.data.InMemoryFaceDataset;
import org.fer4j.core.data.SubjectKFold;
import org.fer4j.cli.report.CrossValidationTables.Method;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.ConfusionMatrix;
import org.fer4j.metrics.Evaluator;
import org.fer4j.metrics.report.ConfusionMatrixChart;
import org.fer4j.metrics.report.HtmlReport;
import org.fer4j.metrics.report.JsonReportWriter;
import org.fer4j.metrics.report.PngChart;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.Temporal;
import org.fer4j.models.train.TrainingPlan;
import org.fer4j.models.train.TrainingState;

/**
 * Subject-wise k-fold cross-validation on CK+ (7 classes with contempt, no neutral) of (a) a
 * per-frame CNN and (b) a CNN-RNN, both from scratch or, with {@code --init}, starting from the
 * frame encoder of a saved FER2013 model (transfer learning; heads are new).
 *
 * <ul>
 *   <li>(a) the per-frame CNN ({@link Temporal#NONE}) trains on every frame of the training
 *       sequences as a still; each test sequence is scored by the <b>mean of its frames'
 *       probabilities</b> (the headline), and, for comparison, by its last (peak-most) frame alone;
 *   <li>(b) the CNN-RNN ({@link Temporal#LSTM}) trains and is tested on the 3-frame clips.
 * </ul>
 *
 * <p>No test fold is ever used for model selection or early stopping: each network is trained for
 * {@code --epochs} and its last weights are tested. Every fold is saved under {@code out/folds} as
 * soon as it finishes (and training checkpoints each epoch), so rerunning the same command resumes.
 *
 * <pre>
 * fer4j report ck-cv --data ../shared/data/ckplus48 --folds 10 --epochs 15 --init runs/model --out ckplus-cv
 * </pre>
 */
public final class CkPlusCrossValidation {

    /** Frames per CK+48 sequence (its last three, moving towards the peak expression). */
    private static final int FRAMES = 3;

    private CkPlusCrossValidation() {}

    /**
     * How the cross-validation was run; its text form guards resumption against changed settings.
     *
     * @param data the CK+48 folder
     * @param sequences the number of sequences (clips)
     * @param subjects the number of subjects
     * @param folds the number of folds
     * @param epochs training epochs per network and fold
     * @param batchSize the batch size
     * @param learningRate the peak learning rate
     * @param seed the seed of the folds and of training
     * @param augment whether training used fer-augment's standard augmentation
     * @param init the saved FER2013 model whose encoder starts every network, or null for scratch
     * @param cnnSpec the per-frame CNN's architecture
     * @param cnnRnnSpec the CNN-RNN's architecture
     */
    public record Setup(
            Path data, int sequences, int subjects, int folds, int epochs, int batchSize, float learningRate,
            long seed, boolean augment, Path init, ModelSpec cnnSpec, ModelSpec cnnRnnSpec) {

        /** Whether the networks start from a FER2013 encoder. */
        public boolean transfer() {
            return init != null;
        }
    }

    /**
     * Runs (or resumes) the cross-validation and writes the report.
     *
     * @param data the CK+48 folder
     * @param folds the number of subject-wise folds
     * @param epochs training epochs per network and fold
     * @param initDir the saved FER2013 model whose encoder starts every network, or null for scratch
     * @param out the report folder; finished folds in it are read back, not retrained
     * @param batchSize the batch size
     * @param learningRate the peak learning rate
     * @param seed the seed of the folds and of training
     * @param channels the CNN channels, e.g. {@code 32,64,128,256}, or null for the default (or the init model's)
     * @param augment whether to train with fer-augment's standard augmentation
     */
    public static void run(Path data, int folds, int epochs, Path initDir, Path out, int batchSize, float learningRate,
            long seed, int[] channels, boolean augment) throws IOException {
        CkPlusDataset clips = CkPlusDataset.builder().setRoot(data).optFramesPerClip(FRAMES).build();
        clips.prepare(null);
        SubjectKFold split = SubjectKFold.of(clips);
        List<SubjectKFold.Fold> foldList = split.folds(folds, seed);

        try (EmotionRecognizer init = initDir == null ? null : EmotionRecognizer.load(initDir)) {
            ModelSpec base = baseSpec(init, clips.labelSet(), channels);
            Setup setup = new Setup(data, clips.samples().size(), split.subjectCount(), foldList.size(),
                    epochs, batchSize, learningRate, seed, augment,
                    initDir, base.toBuilder().optTemporal(Temporal.NONE).build(),
                    base.toBuilder().optTemporal(Temporal.LSTM).build());
            guardSettings(out, setup);
            System.out.printf("CK+: %d sequences of %d subjects, %d folds, %s%n", setup.sequences(), setup.subjects(),
                    setup.folds(), setup.transfer() ? "encoder from " + initDir : "from scratch");
            List<FoldResult> results = new ArrayList<>();
            for (SubjectKFold.Fold fold : foldList) {
                Path file = out.resolve("folds").resolve(String.format(Locale.ROOT, "fold-%02d.json", fold.index() + 1));
                FoldResult result;
                if (Files.isRegularFile(file)) {
                    result = FoldResult.read(file);
                    System.out.printf("Fold %d: already done, read %s%n", fold.index() + 1, file);
                } else {
                    Path work = out.resolve("folds").resolve(String.format(Locale.ROOT, "fold-%02d-checkpoints",
                            fold.index() + 1));
                    result = runFold(fold, clips, setup, init, work);
                    result.write(file);
                    deleteRecursively(work);
                }
                System.out.printf(Locale.ROOT,
                        "Fold %d/%d: CNN frame mean %.4f, CNN last frame %.4f, CNN-RNN %.4f (%d test sequences, %.0f s)%n",
                        fold.index() + 1, foldList.size(), result.cnnFrameMeanAccuracy(), result.cnnLastFrameAccuracy(),
                        result.cnnRnnAccuracy(), result.testSequences(), result.seconds());
                results.add(result);
            }
            CrossValidationTables tables = new CrossValidationTables(results);
            write(tables, setup, out);
            for (Method method : Method.values()) {
                AccuracySummary s = tables.summary(method);
                System.out.printf(Locale.ROOT, "%-45s accuracy %.4f ± %.4f over %d folds%n",
                        method.title(), s.mean(), s.std(), s.folds());
            }
            System.out.println("Wrote " + out.resolve("report.html") + " and its CSV, JSON and PNG files");
        }
    }

    /** The architecture both networks share apart from the temporal head: the FER2013 model's, or the default. */
    private static ModelSpec baseSpec(EmotionRecognizer init, LabelSet labels, int[] channels) {
        ModelSpec.Builder spec = init == null ? ModelSpec.builder() : init.spec().toBuilder();
        if (channels != null) {
            if (init != null) {
                throw new IllegalArgumentException("--channels cannot change the architecture of the --init model");
            }
            spec.optChannels(channels);
        }
        return spec.optLabels(labels).build();
    }

    /** Refuses to mix fold results of different settings in one output folder. */
    private static void guardSettings(Path out, Setup setup) throws IOException {
        Path file = out.resolve("folds").resolve("settings.txt");
        String text = setup.toString();
        if (Files.isRegularFile(file)) {
            String previous = Files.readString(file, StandardCharsets.UTF_8);
            if (!previous.equals(text)) {
                throw new IllegalArgumentException(out + " holds folds of other settings; use another --out or delete "
                        + out.resolve("folds") + ".\n  there: " + previous + "\n  now:   " + text);
            }
        } else {
            AtomicFile.writeString(file, text);
        }
    }

    /** Trains and tests both networks on one fold. */
    private static FoldResult runFold(
            SubjectKFold.Fold fold, FaceDataset clips, Setup setup, EmotionRecognizer init, Path work)
            throws IOException {
        long started = System.nanoTime();
        LabelSet labels = clips.labelSet();
        List<LabeledClip> train = pick(clips.samples(), fold.train());
        List<LabeledClip> test = pick(clips.samples(), fold.test());
        FaceDataset testClips = dataset(test, labels);
        int[] truth = Evaluator.truth(testClips);
        String tag = "fold " + (fold.index() + 1) + "/" + setup.folds();

        ConfusionMatrix frameMean;
        ConfusionMatrix lastFrame;
        double cnnTrain;
        try (EmotionRecognizer cnn = network(setup.cnnSpec(), init, setup.seed() + fold.index())) {
            System.out.println(tag + ": training the per-frame CNN on " + train.size() * FRAMES + " frames");
            cnnTrain = train(cnn, ClipFrames.stills(train), setup, work.resolve("cnn"), tag);
            List<EmotionScores> frames = cnn.predictDataset(dataset(ClipFrames.stills(test), labels));
            frameMean = Evaluator.ofScores(labels, ClipFrames.mean(frames, test), truth).confusionMatrix();
            lastFrame = Evaluator.ofScores(labels, ClipFrames.last(frames, test), truth).confusionMatrix();
        }
        ConfusionMatrix clipMatrix;
        double rnnTrain;
        try (EmotionRecognizer rnn = network(setup.cnnRnnSpec(), init, setup.seed() + fold.index())) {
            System.out.println(tag + ": training the CNN-RNN on " + train.size() + " clips");
            rnnTrain = train(rnn, train, setup, work.resolve("cnn-rnn"), tag);
            clipMatrix = Evaluator.ofScores(labels, rnn.predictDataset(testClips), truth).confusionMatrix();
        }
        int subjects = (int) test.stream().map(LabeledClip::subject).distinct().count();
        return new FoldResult(fold.index(), subjects, train.size(), test.size(), frameMean, lastFrame, clipMatrix,
                cnnTrain, rnnTrain, (System.nanoTime() - started) / 1e9);
    }

    /** A fresh network of the spec; with {@code init}, its frame encoder is a copy of the init model's. */
    private static EmotionRecognizer network(ModelSpec spec, EmotionRecognizer init, long seed) {
        Engine.getEngine("PyTorch").setRandomSeed((int) seed);
        EmotionRecognizer recognizer = EmotionRecognizer.builder().spec(spec).device(Device.cpu()).build();
        if (init != null) {
            try {
                EncoderTransfer.copyEncoder(init.block(), recognizer.block());
            } catch (RuntimeException e) {
                recognizer.close();
                throw e;
            }
        }
        return recognizer;
    }

    /** Trains for the planned epochs and returns the last epoch's training accuracy. */
    private static double train(EmotionRecognizer recognizer, List<LabeledClip> samples, Setup setup, Path checkpoints,
            String tag) throws IOException {
        TrainingPlan plan = TrainingPlan.builder()
                .optEpochs(setup.epochs())
                .optBatchSize(Math.min(setup.batchSize(), samples.size()))
                .optLearningRate(setup.learningRate())
                .optWarmupEpochs(setup.epochs() > 2 ? 1 : 0)
                .optSeed(setup.seed())
                .build();
        TrainingState state = recognizer.trainer()
                .setTrainingSet(dataset(samples, recognizer.labels()))
                .optPlan(plan)
                .optAugmentation(setup.augment() ? AugmentationPipeline.standard() : null)
                .optCheckpointDir(checkpoints)
                .optDescription(tag + " " + recognizer.spec() + " init=" + setup.init())
                .build()
                .fit();
        return state.curve().isEmpty() ? Double.NaN : state.curve().get(state.curve().size() - 1).trainAccuracy();
    }

    private static List<LabeledClip> pick(List<LabeledClip> samples, int[] indices) {
        return Arrays.stream(indices).mapToObj(samples::get).toList();
    }

    private static FaceDataset dataset(List<LabeledClip> samples, LabelSet labels) throws IOException {
        InMemoryFaceDataset dataset = InMemoryFaceDataset.builder().setSamples(samples).optLabelSet(labels).build();
        dataset.prepare(null);
        return dataset;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Writes the per-fold and summary tables and the summed confusion matrices (CSV), {@code
     * crossvalidation.json}, the charts (PNG) and {@code report.html} into {@code out}.
     */
    public static void write(CrossValidationTables tables, Setup setup, Path out) throws IOException {
        Files.createDirectories(out);
        ReportTable summary = tables.summaryTable();
        ReportTable perFold = tables.foldTable();
        summary.writeCsv(out.resolve("summary.csv"));
        perFold.writeCsv(out.resolve("folds.csv"));
        for (Method method : Method.values()) {
            ReportTable.of(tables.summedMatrix(method)).writeCsv(out.resolve("confusion_" + method.key() + ".csv"));
        }
        AtomicFile.writeString(out.resolve("crossvalidation.json"), toJson(tables, setup));

        PngChart foldChart = new FoldAccuracyChart(tables, "CK+ accuracy per subject-wise fold");
        foldChart.writePng(out.resolve("fold_accuracy.png"));
        PngChart cnnMatrix = matrixChart(tables, Method.CNN_FRAME_MEAN);
        cnnMatrix.writePng(out.resolve("confusion_" + Method.CNN_FRAME_MEAN.key() + ".png"));
        PngChart rnnMatrix = matrixChart(tables, Method.CNN_RNN);
        rnnMatrix.writePng(out.resolve("confusion_" + Method.CNN_RNN.key() + ".png"));

        HtmlReport.Builder html = HtmlReport.builder().setTitle("fer4j on CK+: subject-wise cross-validation");
        html.addParagraph(String.format(Locale.ROOT,
                "Data: %s, %d sequences of %d subjects, %d frames each, 7 classes (CK+ has contempt and no neutral). "
                        + "%d folds split by subject, so no person is both trained and tested on. Each network trains "
                        + "%s (batch %d, peak learning rate %s, %s) %s, and its last weights are tested: "
                        + "no test fold is used for selection.",
                setup.data().getFileName(), setup.sequences(), setup.subjects(), FRAMES, setup.folds(),
                setup.epochs() == 1 ? "1 epoch" : setup.epochs() + " epochs",
                setup.batchSize(), setup.learningRate(), setup.augment() ? "standard augmentation" : "no augmentation",
                setup.transfer()
                        ? "starting from the frame encoder of the FER2013 model " + setup.init().getFileName()
                                + " (transfer learning; new heads)"
                        : "from scratch"));
        html.addParagraph("(a) Per-frame CNN: trained on every frame of the training sequences as a still; a test "
                + "sequence is scored by the mean of its frames' probabilities (also shown: its last frame alone). "
                + "(b) CNN-RNN (LSTM): trained and tested on the " + FRAMES + "-frame clips.");
        html.addSection("Summary").addTable(summary)
                .addParagraph("Std is the sample standard deviation of the fold accuracies. Pooled figures come from "
                        + "the confusion matrix summed over folds, i.e. every sequence tested once.")
                .addChart("Accuracy per fold and mean ± standard deviation over folds.", foldChart);
        html.addSection("Per fold").addTable(perFold);
        html.addSection("Confusion matrices summed over folds")
                .addChart(Method.CNN_FRAME_MEAN.title() + ".", cnnMatrix)
                .addChart(Method.CNN_RNN.title() + ".", rnnMatrix);
        html.build().write(out.resolve("report.html"));
    }

    private static PngChart matrixChart(CrossValidationTables tables, Method method) {
        return ConfusionMatrixChart.builder()
                .setMatrix(tables.summedMatrix(method))
                .optTitle(method.title() + " (all folds)")
                .build();
    }

    private static String toJson(CrossValidationTables tables, Setup setup) {
        JsonObject root = new JsonObject();
        JsonObject settings = new JsonObject();
        settings.addProperty("data", setup.data().toString());
        settings.addProperty("sequences", setup.sequences());
        settings.addProperty("subjects", setup.subjects());
        settings.addProperty("folds", setup.folds());
        settings.addProperty("epochs", setup.epochs());
        settings.addProperty("batchSize", setup.batchSize());
        settings.addProperty("learningRate", setup.learningRate());
        settings.addProperty("seed", setup.seed());
        settings.addProperty("augment", setup.augment());
        settings.addProperty("init", setup.transfer() ? setup.init().toString() : null);
        settings.addProperty("cnnSpec", setup.cnnSpec().toString());
        settings.addProperty("cnnRnnSpec", setup.cnnRnnSpec().toString());
        root.add("settings", settings);
        JsonObject methods = new JsonObject();
        for (Method method : Method.values()) {
            AccuracySummary s = tables.summary(method);
            JsonObject m = new JsonObject();
            m.addProperty("title", method.title());
            m.addProperty("meanAccuracy", s.mean());
            m.add("stdAccuracy", Double.isNaN(s.std()) ? JsonNull.INSTANCE : new JsonPrimitive(s.std()));
            m.addProperty("minAccuracy", s.min());
            m.addProperty("maxAccuracy", s.max());
            ClassificationMetrics pooled = ClassificationMetrics.of(tables.summedMatrix(method));
            m.add("pooled", JsonParser.parseString(JsonReportWriter.toJson(pooled)));
            methods.add(method.key(), m);
        }
        root.add("methods", methods);
        JsonArray folds = new JsonArray();
        tables.folds().forEach(f -> folds.add(f.toJson()));
        root.add("folds", folds);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
    }
}
