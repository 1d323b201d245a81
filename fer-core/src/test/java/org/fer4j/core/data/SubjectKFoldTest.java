package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fer4j.core.Clip;
import org.fer4j.core.Emotion;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.Test;

class SubjectKFoldTest {

    private static final Clip CLIP = Clip.still(GrayImage.of(2, 2, new float[4]));

    /** Samples of subjects S0, S1, ... with the given number of samples each, interleaved. */
    private static List<LabeledClip> samples(int... perSubject) {
        List<LabeledClip> samples = new ArrayList<>();
        int max = Arrays.stream(perSubject).max().orElse(0);
        for (int round = 0; round < max; round++) {
            for (int s = 0; s < perSubject.length; s++) {
                if (round < perSubject[s]) {
                    samples.add(new LabeledClip(CLIP, Emotion.HAPPY, "S" + s + "#" + round, "S" + s));
                }
            }
        }
        return samples;
    }

    private static Set<String> subjects(List<LabeledClip> samples, int[] indices) {
        Set<String> subjects = new HashSet<>();
        for (int i : indices) {
            subjects.add(samples.get(i).subject());
        }
        return subjects;
    }

    @Test
    void noSubjectIsOnBothSidesAndEverySampleIsTestedExactlyOnce() {
        List<LabeledClip> samples = samples(5, 1, 3, 3, 2, 7, 1, 4, 2, 2, 6);
        List<SubjectKFold.Fold> folds = SubjectKFold.of(samples).folds(4, 42);

        assertThat(folds).hasSize(4);
        int[] timesTested = new int[samples.size()];
        for (SubjectKFold.Fold fold : folds) {
            assertThat(subjects(samples, fold.train())).doesNotContainAnyElementsOf(subjects(samples, fold.test()));
            assertThat(fold.train().length + fold.test().length).isEqualTo(samples.size());
            assertThat(fold.test()).isSorted();
            assertThat(fold.train()).isSorted();
            for (int i : fold.test()) {
                timesTested[i]++;
            }
        }
        assertThat(timesTested).containsOnly(1);
        assertThat(folds).extracting(SubjectKFold.Fold::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void balancesTheNumberOfTestSamplesAcrossFolds() {
        List<LabeledClip> samples = samples(5, 4, 3, 3, 2, 1, 1, 1);

        List<SubjectKFold.Fold> folds = SubjectKFold.of(samples).folds(3, 0);

        assertThat(folds).extracting(f -> f.test().length).containsExactlyInAnyOrder(7, 7, 6);
    }

    @Test
    void equalSubjectsGiveEqualFolds() {
        List<LabeledClip> samples = samples(3, 3, 3, 3, 3, 3, 3, 3, 3, 3);

        assertThat(SubjectKFold.of(samples).folds(5, 9)).extracting(f -> f.test().length).containsOnly(6);
    }

    @Test
    void isDeterministicForASeedAndTheSeedChangesTheAssignment() {
        List<LabeledClip> samples = samples(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        SubjectKFold split = SubjectKFold.of(samples);

        assertThat(split.folds(4, 1)).isEqualTo(SubjectKFold.of(samples).folds(4, 1));
        assertThat(IntStream.range(2, 12).mapToObj(seed -> split.folds(4, seed)))
                .anySatisfy(folds -> assertThat(folds).isNotEqualTo(split.folds(4, 1)));
    }

    @Test
    void rejectsMoreFoldsThanSubjects() {
        SubjectKFold split = SubjectKFold.of(samples(2, 2, 2));

        assertThat(split.subjectCount()).isEqualTo(3);
        assertThat(split.folds(3, 0)).hasSize(3);
        assertThatThrownBy(() -> split.folds(4, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 4 exceeds the 3 subjects");
    }

    @Test
    void rejectsFewerThanTwoFolds() {
        assertThatThrownBy(() -> SubjectKFold.of(samples(2, 2, 2)).folds(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
    }

    @Test
    void rejectsSamplesWithoutSubjectsNamingTheFirst() {
        List<LabeledClip> samples = new ArrayList<>(samples(2, 2));
        samples.add(new LabeledClip(CLIP, Emotion.SAD, "fer2013.csv, row 7", ""));

        assertThatThrownBy(() -> SubjectKFold.of(samples))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 of 5 samples have no subject")
                .hasMessageContaining("sample 4, fer2013.csv, row 7");
    }

    @Test
    void foldsCannotBeChangedThroughTheirArrays() {
        SubjectKFold.Fold fold = SubjectKFold.of(samples(1, 1)).folds(2, 0).get(0);
        int first = fold.test()[0];

        fold.test()[0] = 99;

        assertThat(fold.test()[0]).isEqualTo(first);
        assertThat(fold.test()).startsWith(first);
    }
}
