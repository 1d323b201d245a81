package org.fer4j.models.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.AttentionMap;
import org.fer4j.core.Clip;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.EmotionStream;
import org.fer4j.core.GrayImage;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;
import org.fer4j.inference.OnnxEmotionModel;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped ONNX models against the shipped PyTorch recognizers they were exported from, on the
 * first 1,000 real FER2013 PublicTest faces, both with flip averaging (the pretrained setting):
 * every class probability within 1e-4, the same top class on at least 99.9 % of faces, streams
 * over 16-frame clips of consecutive faces likewise, attention maps within 1e-4. Skips when the
 * shared FER2013 file is absent.
 */
class ShippedOnnxParityTest {

    private static final int FACES = 1000;
    private static final int CLIP_LENGTH = 16;
    private static final float TOLERANCE = 1e-4f;

    private static List<GrayImage> faces;

    @BeforeAll
    static void loadPublicTest() throws IOException {
        Path csv = Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "fer2013", "fer2013.csv.gz");
        assumeTrue(Files.exists(csv), "shared FER2013 not found at " + csv + "; skipping");
        Fer2013Dataset publicTest = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        publicTest.prepare(null);
        faces = publicTest.samples().subList(0, FACES).stream().map(s -> s.clip().frame(0)).toList();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theShippedOnnxModelScoresRealFacesLikeItsPyTorchOriginal(Variant variant) throws IOException {
        try (EmotionRecognizer djl = EmotionRecognizer.pretrained(variant, Device.cpu(), true);
                OnnxEmotionModel onnx = OnnxEmotionModel.pretrained(variant.id())) {
            assertThat(onnx.card()).extracting("name", "variant", "seed")
                    .containsExactly(djl.card().name(), djl.card().variant(), djl.card().seed());
            Agreement faceAgreement = compare(onnx.predictAll(faces), djl.predictAll(faces));
            faceAgreement.assertWithinTolerance(variant + " faces");

            List<EmotionScores> streamed = new ArrayList<>();
            List<EmotionScores> clips = new ArrayList<>();
            for (int start = 0; start + CLIP_LENGTH <= FACES; start += CLIP_LENGTH) {
                Clip clip = Clip.of(faces.subList(start, start + CLIP_LENGTH));
                try (EmotionStream stream = onnx.openStream()) {
                    EmotionScores last = null;
                    for (GrayImage frame : clip.frames()) {
                        last = stream.next(frame);
                    }
                    streamed.add(last);
                }
                clips.add(djl.predict(clip));
            }
            compare(streamed, clips).assertWithinTolerance(variant + " 16-frame streams");

            if (variant.spec().attention()) {
                float worst = 0;
                for (GrayImage face : faces) {
                    AttentionMap a = onnx.explain(face).attention().orElseThrow();
                    AttentionMap e = djl.explain(face).attention().orElseThrow();
                    float[] aw = a.weights(0);
                    float[] ew = e.weights(0);
                    for (int i = 0; i < aw.length; i++) {
                        worst = Math.max(worst, Math.abs(aw[i] - ew[i]));
                    }
                }
                System.out.printf("[parity] %s attention maps: max |diff| %.3g over %d faces%n", variant, worst, FACES);
                assertThat(worst).as("largest attention-map difference").isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }

    /** How two runtimes' scores of the same inputs agree. */
    private record Agreement(int items, float maxDifference, int sameTop) {
        void assertWithinTolerance(String what) {
            System.out.printf("[parity] %s: max |p_onnx - p_pytorch| %.3g, same top class %d / %d%n",
                    what, maxDifference, sameTop, items);
            assertThat(maxDifference).as(what + ": largest class-probability difference").isLessThanOrEqualTo(TOLERANCE);
            assertThat((double) sameTop / items).as(what + ": share with the same top class").isGreaterThanOrEqualTo(0.999);
        }
    }

    private static Agreement compare(List<EmotionScores> actual, List<EmotionScores> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        float worst = 0;
        int same = 0;
        for (int i = 0; i < actual.size(); i++) {
            float[] a = actual.get(i).toArray();
            float[] e = expected.get(i).toArray();
            for (int k = 0; k < a.length; k++) {
                worst = Math.max(worst, Math.abs(a[k] - e[k]));
            }
            same += actual.get(i).topIndex() == expected.get(i).topIndex() ? 1 : 0;
        }
        return new Agreement(actual.size(), worst, same);
    }
}
