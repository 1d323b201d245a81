package org.fer4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the loaders against the real data in {@code shared/data}; each file is read once for the
 * whole class, and the tests skip when the shared folder is absent.
 */
class SharedDataTest {

    private static final Path DATA =
            Path.of(System.getProperty("fer4j.shared.dir", "../shared")).resolve("data");
    private static final Path FER2013 = DATA.resolve("fer2013/fer2013.csv.gz");
    private static final Path CKPLUS = DATA.resolve("ckplus48");

    private static Fer2013Dataset training;
    private static Fer2013Dataset publicTest;
    private static CkPlusDataset ckPlus;
    private static CkPlusDataset ckPlusStills;

    @BeforeAll
    static void loadSharedData() throws Exception {
        if (Files.isRegularFile(FER2013)) {
            training = Fer2013Dataset.builder().setCsvPath(FER2013).optUsage(Fer2013Usage.TRAINING).build();
            training.prepare();
            publicTest = Fer2013Dataset.builder().setCsvPath(FER2013).optUsage(Fer2013Usage.PUBLIC_TEST).build();
            publicTest.prepare();
        }
        if (Files.isDirectory(CKPLUS)) {
            ckPlus = CkPlusDataset.builder().setRoot(CKPLUS).build();
            ckPlus.prepare();
            ckPlusStills = CkPlusDataset.builder().setRoot(CKPLUS).optStills(true).build();
            ckPlusStills.prepare();
        }
    }

    @AfterAll
    static void release() {
        training = null;
        publicTest = null;
        ckPlus = null;
        ckPlusStills = null;
    }

    private static void assumeFer2013() {
        assumeTrue(training != null, "shared FER2013 not found at " + FER2013.toAbsolutePath());
    }

    private static void assumeCkPlus() {
        assumeTrue(ckPlus != null, "shared CK+48 not found at " + CKPLUS.toAbsolutePath());
    }

    @Test
    void fer2013TrainingHas28709FacesWithTheDocumentedClassCounts() {
        assumeFer2013();

        assertThat(training.size()).isEqualTo(28_709);
        assertThat(training.classCounts()).containsExactly(3995, 436, 4097, 7215, 4830, 3171, 4965);
        assertThat(training.loadReport().skipped()).isZero();
    }

    @Test
    void fer2013PublicTestHas3589FacesWithTheDocumentedClassCounts() {
        assumeFer2013();

        assertThat(publicTest.size()).isEqualTo(3_589);
        assertThat(publicTest.classCounts()).containsExactly(467, 56, 496, 895, 653, 415, 607);
        assertThat(publicTest.sample(0).clip().width()).isEqualTo(48);
    }

    @Test
    void ckPlus48LoadsAs327ClipsOfThreeFrames() {
        assumeCkPlus();

        assertThat(ckPlus.size()).isEqualTo(327);
        assertThat(ckPlus.labelSet()).isEqualTo(LabelSet.CK_PLUS);
        assertThat(ckPlus.samples()).allSatisfy(s -> {
            assertThat(s.clip().length()).isEqualTo(3);
            assertThat(s.clip().width()).isEqualTo(48);
            assertThat(s.subject()).matches("S\\d+");
        });
        assertThat(ckPlus.classCounts()).containsExactly(45, 18, 59, 25, 69, 28, 83);
        assertThat(ckPlusStills.size()).isEqualTo(981);
    }

    @Test
    void ckPlus48TenFoldSubjectSplitKeepsSubjectsApartAndTestsEverySampleOnce() {
        assumeCkPlus();
        List<LabeledClip> samples = ckPlus.samples();

        List<SubjectKFold.Fold> folds = SubjectKFold.of(ckPlus).folds(10, 2024);

        int[] timesTested = new int[samples.size()];
        for (SubjectKFold.Fold fold : folds) {
            Set<String> trainSubjects = subjects(samples, fold.train());
            assertThat(subjects(samples, fold.test())).doesNotContainAnyElementsOf(trainSubjects);
            for (int i : fold.test()) {
                timesTested[i]++;
            }
        }
        assertThat(timesTested).containsOnly(1);
        assertThat(folds).allSatisfy(f -> assertThat(f.test().length).isBetween(32, 33));
        assertThat(InMemoryFaceDataset.subset(ckPlus, folds.get(0).test()).size()).isEqualTo(folds.get(0).test().length);
    }

    @Test
    void ckPlus48StillsSplitIntoTheSameSubjectFoldsAsTheClips() {
        assumeCkPlus();

        List<SubjectKFold.Fold> clipFolds = SubjectKFold.of(ckPlus).folds(10, 7);
        List<SubjectKFold.Fold> stillFolds = SubjectKFold.of(ckPlusStills).folds(10, 7);

        for (int f = 0; f < 10; f++) {
            assertThat(subjects(ckPlusStills.samples(), stillFolds.get(f).test()))
                    .isEqualTo(subjects(ckPlus.samples(), clipFolds.get(f).test()));
        }
    }

    private static Set<String> subjects(List<LabeledClip> samples, int[] indices) {
        Set<String> subjects = new HashSet<>();
        for (int i : indices) {
            subjects.add(samples.get(i).subject());
        }
        return subjects;
    }
}
