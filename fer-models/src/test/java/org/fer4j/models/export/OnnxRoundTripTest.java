package org.fer4j.models.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.ModelSpec;
import org.fer4j.models.SyntheticFaces;
import org.fer4j.models.Temporal;
import org.fer4j.models.nn.EmotionNet;
import org.fer4j.models.nn.FrameEncoder;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export, load on ONNX Runtime, score: for a freshly built network of every zoo variant and every
 * temporal head (LSTM, GRU, none, with and without attention, row regions), with random weights and
 * batch-norm statistics, the ONNX model gives the PyTorch recognizer's probabilities within 1e-4,
 * with flip averaging off and on, for faces, batches, clips, attention maps and streams.
 */
class OnnxRoundTripTest {

    private static final float TOLERANCE = 1e-4f;

    @TempDir
    Path dir;

    static Stream<Arguments> networks() {
        List<Arguments> cases = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            cases.add(Arguments.of(Named.of("zoo " + variant.id(), variant.spec())));
        }
        for (Temporal temporal : Temporal.values()) {
            for (boolean attention : new boolean[] {false, true}) {
                cases.add(Arguments.of(Named.of("tiny " + temporal + (attention ? " + attention" : ""),
                        SyntheticFaces.tinySpec(temporal, attention))));
            }
        }
        for (Temporal temporal : List.of(Temporal.LSTM, Temporal.GRU)) {
            cases.add(Arguments.of(Named.of("tiny " + temporal + " row regions",
                    SyntheticFaces.tinySpec(temporal, false).toBuilder().optRegionSequence(true).build())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void theExportedNetworkScoresLikeThePyTorchRecognizer(ModelSpec spec) throws IOException {
        for (boolean flip : new boolean[] {false, true}) {
            try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(spec).flipAveraging(flip).build()) {
                RandomWeights.apply(djl.block(), 11);
                Path file = dir.resolve("net-" + flip + ".onnx");
                OnnxExporter.builder().setRecognizer(djl).build().export(file);
                try (OnnxEmotionModel onnx = OnnxEmotionModel.builder().setModelPath(file).optFlipAveraging(flip).build()) {
                    assertThat(onnx.labels()).isEqualTo(spec.labels());
                    assertThat(onnx.inputSide()).isEqualTo(spec.inputSide());
                    assertSameScoresEverywhere(djl, onnx, spec);
                }
            }
        }
    }

    private static void assertSameScoresEverywhere(EmotionRecognizer djl, OnnxEmotionModel onnx, ModelSpec spec) {
        List<GrayImage> faces = faces(5, spec.inputSide(), 3);
        faces.add(randomFace(spec.inputSide() + 7, spec.inputSide() + 7, new SplittableRandom(4)));
        for (GrayImage face : faces) {
            assertClose(onnx.predict(face), djl.predict(face), "face " + face.width());
        }
        List<EmotionScores> batch = onnx.predictAll(faces);
        List<EmotionScores> expected = djl.predictAll(faces);
        for (int i = 0; i < faces.size(); i++) {
            assertClose(batch.get(i), expected.get(i), "batch item " + i);
        }
        Clip clip = Clip.of(faces(4, spec.inputSide(), 8));
        assertClose(onnx.predict(clip), djl.predict(clip), "clip");
        if (spec.attention()) {
            AttentionMap actual = onnx.explain(clip).attention().orElseThrow();
            AttentionMap wanted = djl.explain(clip).attention().orElseThrow();
            assertThat(actual.side()).isEqualTo(wanted.side());
            assertThat(actual.frames()).isEqualTo(clip.length());
            for (int t = 0; t < clip.length(); t++) {
                float[] a = actual.weights(t);
                float[] w = wanted.weights(t);
                for (int i = 0; i < a.length; i++) {
                    assertThat(a[i]).as("attention frame %d cell %d", t, i).isCloseTo(w[i], within(TOLERANCE));
                }
            }
        } else {
            assertThat(onnx.explain(clip).attention()).isEmpty();
        }
        try (EmotionStream stream = onnx.openStream()) {
            for (int t = 0; t < clip.length(); t++) {
                EmotionScores streamed = stream.next(clip.frame(t));
                Clip soFar = Clip.of(clip.frames().subList(0, t + 1));
                assertClose(streamed, djl.predict(soFar), "stream frame " + t);
            }
        }
    }

    @Test
    void exportingTwiceGivesIdenticalBytesAndTheMetadataCarriesLabelsAndCard() throws IOException {
        ModelSpec spec = SyntheticFaces.tinySpec(Temporal.GRU, true).toBuilder()
                .optLabels(LabelSet.CK_PLUS).build();
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(spec).build()) {
            RandomWeights.apply(djl.block(), 5);
            ModelCard card = new ModelCard("tiny", "custom", "synthetic", "synthetic", "test", 7, 1, 1, 0.5, 0.1,
                    "ci", "2026-12-01");
            OnnxExporter exporter = OnnxExporter.builder().setRecognizer(djl).optModelCard(card).optOpset(13).build();
            Path first = dir.resolve("a.onnx");
            Path second = dir.resolve("b.onnx");
            exporter.export(first);
            OnnxExporter.builder().setRecognizer(djl).optModelCard(card).optOpset(13).build().export(second);
            assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
            assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.onnx", "b.onnx");
            try (OnnxEmotionModel onnx = OnnxEmotionModel.load(first)) {
                assertThat(onnx.labels()).isEqualTo(LabelSet.CK_PLUS);
                assertThat(onnx.card().name()).isEqualTo("tiny");
                assertThat(onnx.card().seed()).isEqualTo(7);
                assertThat(onnx.card().validationAccuracy()).isEqualTo(0.5);
                assertClose(onnx.predict(faces(1, 16, 1).get(0)), djl.predict(faces(1, 16, 1).get(0)), "CK+ labels");
            }
        }
    }

    @Test
    void anUntrainedCardWithNaNAccuracySurvivesTheTrip() throws IOException {
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(Temporal.NONE, false))
                .build()) {
            Path file = dir.resolve("untrained.onnx");
            OnnxExporter.builder().setRecognizer(djl).build().export(file);
            try (OnnxEmotionModel onnx = OnnxEmotionModel.load(file)) {
                assertThat(onnx.card().name()).isEqualTo("untrained");
                assertThat(onnx.card().validationAccuracy()).isNaN();
            }
        }
    }

    @Test
    void aCustomEncoderIsRefusedNamingItsClassAndNothingIsWritten() {
        ModelSpec spec = SyntheticFaces.tinySpec(Temporal.NONE, false);
        Block encoder = new SequentialBlock()
                .add(LambdaBlock.singleton(x -> x.reshape(x.getShape().get(0), -1), "flatten"))
                .add(Linear.builder().setUnits(4).build());
        EmotionNet custom = new EmotionNet(encoder, EmotionNet.of(spec).head());
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(spec).block(custom).build()) {
            OnnxExporter exporter = OnnxExporter.builder().setRecognizer(djl).build();
            Path file = dir.resolve("custom.onnx");
            assertThatThrownBy(() -> exporter.export(file))
                    .isInstanceOf(UnsupportedBlockException.class)
                    .hasMessageContaining(SequentialBlock.class.getName())
                    .hasMessageContaining("FrameEncoder");
            assertThat(file).doesNotExist();
            assertThat(file.resolveSibling("custom.onnx.tmp")).doesNotExist();
        }
    }

    @Test
    void aCustomHeadIsRefusedNamingItsClass() {
        ModelSpec spec = SyntheticFaces.tinySpec(Temporal.NONE, false);
        EmotionNet custom = new EmotionNet(new FrameEncoder(spec), Linear.builder().setUnits(7).build());
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(spec).block(custom).build()) {
            assertThatThrownBy(() -> OnnxExporter.builder().setRecognizer(djl).build().toBytes())
                    .isInstanceOf(UnsupportedBlockException.class)
                    .hasMessageContaining(Linear.class.getName())
                    .hasMessageContaining("RecurrentHead")
                    .extracting(e -> ((UnsupportedBlockException) e).blockClass())
                    .isEqualTo(Linear.class.getName());
        }
    }

    @Test
    void aModelWhoseMetadataContradictsItsGraphIsRefusedNamingTheFile() throws IOException {
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(SyntheticFaces.tinySpec(Temporal.LSTM, false))
                .build()) {
            ModelProto model = OnnxExporter.builder().setRecognizer(djl).build().toModel();
            Path wrongSide = dir.resolve("wrong-side.onnx");
            Files.write(wrongSide, withMetadata(model, OnnxExporter.META_INPUT_SIDE, "64").toByteArray());
            assertThatThrownBy(() -> OnnxEmotionModel.load(wrongSide))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(wrongSide.toString())
                    .hasMessageContaining("input side 64");
            Path wrongLabels = dir.resolve("wrong-labels.onnx");
            Files.write(wrongLabels, withMetadata(model, OnnxExporter.META_LABELS, "happy,sad").toByteArray());
            assertThatThrownBy(() -> OnnxEmotionModel.load(wrongLabels))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(wrongLabels.toString())
                    .hasMessageContaining("2 labels");
        }
    }

    private static ModelProto withMetadata(ModelProto model, String key, String value) {
        ModelProto.Builder changed = model.toBuilder().clearMetadataProps();
        for (StringStringEntryProto entry : model.getMetadataPropsList()) {
            changed.addMetadataProps(entry.getKey().equals(key) ? entry.toBuilder().setValue(value).build() : entry);
        }
        return changed.build();
    }

    @Test
    void theBuilderRefusesAMissingNetworkAnOpsetOutOfRangeAndLabelsOfAnotherSize() {
        ModelSpec spec = SyntheticFaces.tinySpec(Temporal.NONE, false);
        assertThatThrownBy(() -> OnnxExporter.builder().setSpec(spec).build())
                .hasMessageContaining("setBlock");
        try (EmotionRecognizer djl = EmotionRecognizer.builder().spec(spec).build()) {
            assertThatThrownBy(() -> OnnxExporter.builder().setRecognizer(djl).optOpset(12).build())
                    .hasMessageContaining("opset 12");
            assertThatThrownBy(() -> OnnxExporter.builder().setRecognizer(djl)
                    .optLabels(LabelSet.parse("happy,sad")).build())
                    .hasMessageContaining("2 classes");
        }
    }

    private static void assertClose(EmotionScores actual, EmotionScores expected, String what) {
        float[] a = actual.toArray();
        float[] e = expected.toArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("%s, class %d", what, i).isCloseTo(e[i], within(TOLERANCE));
        }
    }

    private static List<GrayImage> faces(int count, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GrayImage> faces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            faces.add(randomFace(side, side, random));
        }
        return faces;
    }

    /** A smooth random face: a blend of gradients and noise, so convolutions see structure. */
    private static GrayImage randomFace(int width, int height, SplittableRandom random) {
        float[] pixels = new float[width * height];
        double a = random.nextDouble(-1, 1);
        double b = random.nextDouble(-1, 1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0.5 + 0.3 * Math.sin(a * x / 3.0 + b * y / 4.0) + 0.2 * (random.nextDouble() - 0.5);
                pixels[y * width + x] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return GrayImage.of(width, height, pixels);
    }
}
