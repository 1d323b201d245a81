package org.fer4j.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.models.SyntheticFaces;

/**
 * The child process that gets killed while writing the teacher-targets cache: it computes and writes
 * the cache for two distillation settings in turn, forever, so that every write replaces a complete
 * cache of the other setting (see {@link TeacherTargetsKillTest}).
 */
public final class CacheWritingRun {

    /** Enough samples that one write (7 floats each, through a 64 KB buffer) takes milliseconds. */
    static final int SAMPLES = 12_000;

    private CacheWritingRun() {}

    static List<LabeledClip> samples() {
        return SyntheticFaces.clips(SAMPLES, 1, 23);
    }

    /** The distillation of turn {@code i}: temperature 2 on even turns, 3 on odd ones. */
    static Distillation distillation(int i) {
        return Distillation.builder().setTeacher(new SquareSizeTeacher()).optTemperature(i % 2 == 0 ? 2 : 3).build();
    }

    /** Child-process entry: writes the cache into the directory given as the only argument until killed. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<LabeledClip> samples = samples();
        for (int i = 0; ; i++) {
            TeacherTargets.of(distillation(i), samples, LabelSet.FER2013, dir);
        }
    }
}
