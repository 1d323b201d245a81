package org.fer4j.models.train;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.core.AtomicFile;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabelSet;
import org.fer4j.core.LabeledClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teacher's softened distribution for every training sample, computed once and cached in the
 * checkpoint directory as {@value #FILE} (written atomically; a torn or foreign cache is recomputed,
 * never trusted).
 */
final class TeacherTargets {

    /** The cache file's name inside the checkpoint directory. */
    static final String FILE = "teacher-targets.bin";

    private static final Logger LOG = LoggerFactory.getLogger(TeacherTargets.class);
    private static final String MAGIC = "fer4j-teacher-targets-1";
    private static final int BATCH = 256;

    private final float[][] targets;

    private TeacherTargets(float[][] targets) {
        this.targets = targets;
    }

    /** Reads the cache when it matches, else asks the teacher and writes the cache (when a directory is given). */
    static TeacherTargets of(Distillation distillation, List<LabeledClip> samples, LabelSet labels, Path checkpointDir)
            throws IOException {
        if (!distillation.teacher().labels().equals(labels)) {
            throw new IllegalArgumentException("teacher " + distillation.teacherName() + " scores ["
                    + distillation.teacher().labels() + "] but the student is trained on [" + labels + "]");
        }
        String fingerprint = distillation + " | samples=" + samples.size() + " | classes=" + labels.size();
        Path cache = checkpointDir == null ? null : checkpointDir.resolve(FILE);
        if (cache != null && Files.isRegularFile(cache)) {
            float[][] cached = read(cache, fingerprint, samples.size(), labels.size());
            if (cached != null) {
                LOG.info("Teacher targets read from {}", cache);
                return new TeacherTargets(cached);
            }
            LOG.warn("{} is torn or belongs to another teacher or data set; asking the teacher again", cache);
        }
        float[][] computed = compute(distillation, samples);
        if (cache != null) {
            Files.createDirectories(checkpointDir);
            AtomicFile.write(cache, out -> write(new DataOutputStream(out), fingerprint, computed));
        }
        return new TeacherTargets(computed);
    }

    /** The softened targets of some samples, row-major (indices.length x K). */
    float[] rows(int[] indices) {
        int classes = targets[0].length;
        float[] out = new float[indices.length * classes];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(targets[indices[i]], 0, out, i * classes, classes);
        }
        return out;
    }

    /** The number of classes per target. */
    int classes() {
        return targets[0].length;
    }

    private static float[][] compute(Distillation distillation, List<LabeledClip> samples) {
        LOG.info("Scoring {} training samples with the teacher {}", samples.size(), distillation.teacherName());
        float[][] out = new float[samples.size()][];
        boolean stills = samples.stream().allMatch(s -> s.clip().length() == 1);
        for (int start = 0; start < samples.size(); start += BATCH) {
            List<LabeledClip> part = samples.subList(start, Math.min(samples.size(), start + BATCH));
            List<EmotionScores> scores = stills
                    ? distillation.teacher().predictAll(frames(part))
                    : part.stream().map(s -> distillation.teacher().predict(s.clip())).toList();
            for (int i = 0; i < scores.size(); i++) {
                out[start + i] = distillation.soften(scores.get(i).toArray());
            }
        }
        return out;
    }

    private static List<GrayImage> frames(List<LabeledClip> stills) {
        List<GrayImage> faces = new ArrayList<>(stills.size());
        for (LabeledClip sample : stills) {
            faces.add(sample.clip().frame(0));
        }
        return faces;
    }

    private static void write(DataOutputStream out, String fingerprint, float[][] targets) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(fingerprint);
        out.writeInt(targets.length);
        out.writeInt(targets[0].length);
        for (float[] row : targets) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    /** The cached targets, or null when the file is torn, foreign or of another shape. */
    private static float[][] read(Path cache, String fingerprint, int samples, int classes) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            if (!MAGIC.equals(in.readUTF()) || !fingerprint.equals(in.readUTF())
                    || in.readInt() != samples || in.readInt() != classes) {
                return null;
            }
            float[][] targets = new float[samples][classes];
            for (float[] row : targets) {
                for (int k = 0; k < classes; k++) {
                    row[k] = in.readFloat();
                }
            }
            return in.read() == -1 ? targets : null;
        } catch (EOFException | java.io.UTFDataFormatException e) {
            return null;
        }
    }
}
