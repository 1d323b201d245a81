package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fer4j.core.data.GeneratedFiles.ferRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceDatasetTest {

    private static final Clip CLIP = Clip.still(GrayImage.of(1, 1, new float[] {0.5f}));

    /** A dataset whose load returns fixed samples and counts how often it ran. */
    private static final class FixedDataset extends FaceDataset {

        private final List<LabeledClip> samples;
        private final LabelSet loadedLabels;
        private final AtomicInteger loads = new AtomicInteger();

        FixedDataset(LabelSet declared, LabelSet loadedLabels, LabeledClip... samples) {
            super(declared);
            this.samples = List.of(samples);
            this.loadedLabels = loadedLabels;
        }

        @Override
        protected Loaded load(Progress progress) {
            loads.incrementAndGet();
            return new Loaded(samples, new LoadReport(samples.size(), 0, List.of()), loadedLabels);
        }
    }

    private static LabeledClip sample(Emotion emotion, String source) {
        return new LabeledClip(CLIP, emotion, source, "");
    }

    @TempDir Path dir;

    @Test
    void readsItsSourceOnlyOnce() throws Exception {
        FixedDataset dataset = new FixedDataset(LabelSet.FER2013, null, sample(Emotion.SAD, "a"));

        dataset.prepare();
        dataset.prepare();

        assertThat(dataset.loads.get()).isEqualTo(1);
        assertThat(dataset.size()).isEqualTo(1);
        assertThat(dataset.classIndex(0)).isEqualTo(4);
    }

    @Test
    void refusesASampleOutsideItsLabelSetNamingItsSource() {
        FixedDataset dataset = new FixedDataset(LabelSet.FER2013, null, sample(Emotion.CONTEMPT, "ck/contempt/S1_1"));

        assertThatThrownBy(dataset::prepare)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ck/contempt/S1_1")
                .hasMessageContaining("outside its label set");
    }

    @Test
    void takesTheLabelSetFromTheLoadWhenNoneWasDeclared() throws Exception {
        LabelSet two = LabelSet.of(Emotion.SAD, Emotion.HAPPY);
        FixedDataset dataset = new FixedDataset(null, two, sample(Emotion.HAPPY, "a"));

        assertThatThrownBy(dataset::labelSet).isInstanceOf(IllegalStateException.class);
        dataset.prepare();

        assertThat(dataset.labelSet()).isEqualTo(two);
        assertThat(dataset.classCounts()).containsExactly(0, 1);
    }

    @Test
    void refusesALoadWhoseLabelSetContradictsTheDeclaredOne() {
        FixedDataset dataset = new FixedDataset(LabelSet.FER2013, LabelSet.CK_PLUS, sample(Emotion.HAPPY, "a"));

        assertThatThrownBy(dataset::prepare)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declared label set");
    }

    @Test
    void lenientReportKeepsTheFirstProblemsButCountsEverySkip() throws Exception {
        List<String> lines = new ArrayList<>(List.of("emotion,pixels,Usage", ferRow(1, 1, "Training")));
        for (int i = 0; i < LoadReport.MAX_PROBLEMS + 5; i++) {
            lines.add(ferRow(7, 1, "Training"));
        }
        Fer2013Dataset dataset = Fer2013Dataset.builder()
                .setCsvPath(GeneratedFiles.text(dir.resolve("fer.csv"), lines))
                .optLenient(true)
                .build();
        dataset.prepare();

        LoadReport report = dataset.loadReport();
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(LoadReport.MAX_PROBLEMS + 5);
        assertThat(report.problems()).hasSize(LoadReport.MAX_PROBLEMS);
        assertThat(report.problems().get(0)).contains("row 2");
        assertThat(report.toString()).startsWith("1 loaded, " + (LoadReport.MAX_PROBLEMS + 5) + " skipped");
    }
}
