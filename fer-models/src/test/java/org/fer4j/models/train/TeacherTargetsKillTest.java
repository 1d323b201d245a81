package org.fer4j.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.fer4j.models.nn.EmotionNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while the distillation cache ({@value TeacherTargets#FILE}) is being written: the
 * next run reads a complete cache or recomputes it, never a torn one; a distilled training run killed
 * after its first checkpoint resumes, reading the cache, to the weights of an uninterrupted run.
 */
class TeacherTargetsKillTest {

    private static final String TMP_SUFFIX = ".tmp";

    @Test
    void aCacheKilledWhileBeingWrittenIsReadWholeOrRecomputedNeverTorn(@TempDir Path tmp) throws Exception {
        List<LabeledClip> samples = CacheWritingRun.samples();
        int[] all = IntStream.range(0, samples.size()).toArray();
        byte[][] complete = {cleanCache(tmp.resolve("clean-0"), 0, samples), cleanCache(tmp.resolve("clean-1"), 1, samples)};
        float[] expected = TeacherTargets.of(CacheWritingRun.distillation(0), samples, LabelSet.FER2013, null).rows(all);
        long[] killAfterNanos = {0, 300_000, 1_000_000, 4_000_000};
        int killedMidWrite = 0;
        for (long delay : killAfterNanos) {
            Path dir = tmp.resolve("killed-" + delay);
            Path cache = dir.resolve(TeacherTargets.FILE);
            Path partial = dir.resolve(TeacherTargets.FILE + TMP_SUFFIX);
            try (ChildJvm child = ChildJvm.start(CacheWritingRun.class, tmp.resolve("child-" + delay + ".log"), dir.toString())) {
                // Kill `delay` after a write began that replaces an existing complete cache.
                assertThat(child.killWhen(after(() -> Files.exists(cache) && Files.exists(partial), delay), 120))
                        .as("the child was writing when killed; log: %s", child.log())
                        .isTrue();
                assertThat(child.exitValue()).as("killed, not finished").isNotZero();
            }
            killedMidWrite += Files.exists(partial) ? 1 : 0;

            assertThat(Files.readAllBytes(cache))
                    .as("the cache on disk after a kill %d ns into a write", delay)
                    .satisfiesAnyOf(bytes -> assertThat(bytes).isEqualTo(complete[0]),
                            bytes -> assertThat(bytes).isEqualTo(complete[1]));
            float[] next = TeacherTargets.of(CacheWritingRun.distillation(0), samples, LabelSet.FER2013, dir).rows(all);
            assertThat(next).as("the next run's targets after a kill %d ns into a write", delay).containsExactly(expected);
            assertThat(Files.readAllBytes(cache)).isEqualTo(complete[0]);
        }
        assertThat(killedMidWrite).as("kills that landed inside a write (its temporary file left behind)").isPositive();
    }

    @Test
    void aDistilledRunKilledAfterItsFirstCheckpointResumesFromItsCacheToTheUninterruptedWeights(@TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("killed");
        try (ChildJvm child = ChildJvm.start(TinyTrainingRun.class, tmp.resolve("child.log"), dir.toString(), "distilled")) {
            assertThat(child.killWhen(() -> Files.exists(dir.resolve(Checkpoint.LAST)), 120))
                    .as("killed after its first checkpoint; log: %s", child.log())
                    .isTrue();
        }
        byte[] killedCache = Files.readAllBytes(dir.resolve(TeacherTargets.FILE));

        EmotionNet resumedNet = TinyTrainingRun.network();
        TrainingState resumed = TinyTrainingRun.distilledTrainer(resumedNet, dir).fit();
        EmotionNet straightNet = TinyTrainingRun.network();
        TrainingState straight = TinyTrainingRun.distilledTrainer(straightNet, tmp.resolve("straight")).fit();

        assertThat(killedCache).as("the killed run's cache").isEqualTo(Files.readAllBytes(tmp.resolve("straight").resolve(TeacherTargets.FILE)));
        TinyTrainingRun.assertSameRun(resumed, resumedNet, straight, straightNet);
    }

    /** The bytes of a cache written without interruption for distillation turn {@code i}. */
    private static byte[] cleanCache(Path dir, int i, List<LabeledClip> samples) throws IOException {
        TeacherTargets.of(CacheWritingRun.distillation(i), samples, LabelSet.FER2013, dir);
        return Files.readAllBytes(dir.resolve(TeacherTargets.FILE));
    }

    /** A condition that holds {@code nanos} after another first held. */
    private static BooleanSupplier after(BooleanSupplier first, long nanos) {
        long[] since = {-1};
        return () -> {
            if (since[0] < 0 && first.getAsBoolean()) {
                since[0] = System.nanoTime();
            }
            return since[0] >= 0 && System.nanoTime() - since[0] >= nanos;
        };
    }
}
