package org.fer4j.models.train;

import org.fer4j.core.EmotionModel;

/**
 * Knowledge distillation settings for {@link FerTrainer}: any {@link EmotionModel} as the teacher,
 * whose outputs softened at a temperature become a second training target beside the labels. The
 * loss is {@code (1 - weight) * CE(label, student) + weight * T^2 * KL(teacher_T || student_T)}
 * (Hinton et al. 2015). The teacher scores each un-augmented training sample once; the trainer caches
 * those targets in its checkpoint directory, so a resumed run never asks the teacher again.
 *
 * <pre>{@code
 * Distillation kd = Distillation.builder().setTeacher(EmotionRecognizer.pretrained()).optTemperature(4).build();
 * FerTrainer.builder().setBlock(student).setLabels(labels).setTrainingSet(train).optDistillation(kd).build().fit();
 * }</pre>
 */
public final class Distillation {

    private final EmotionModel teacher;
    private final String teacherName;
    private final float temperature;
    private final float weight;

    private Distillation(Builder b) {
        teacher = b.teacher;
        teacherName = b.teacherName;
        temperature = b.temperature;
        weight = b.weight;
    }

    /** Starts a builder; the teacher is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The model whose outputs the student learns from. */
    public EmotionModel teacher() {
        return teacher;
    }

    /** The name recorded in checkpoints and cards; resuming with another teacher name is refused. */
    public String teacherName() {
        return teacherName;
    }

    /** The softening temperature T (> 0). */
    public float temperature() {
        return temperature;
    }

    /** The weight of the teacher term, in [0, 1]; the label term gets {@code 1 - weight}. */
    public float weight() {
        return weight;
    }

    /**
     * The teacher's distribution softened at this temperature: {@code softmax(z / T)} computed from the
     * probabilities {@code p = softmax(z)} as {@code p^(1/T)} renormalised, which is exact.
     */
    public float[] soften(float[] probabilities) {
        double[] powered = new double[probabilities.length];
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            powered[k] = Math.pow(Math.max(probabilities[k], 0), 1.0 / temperature);
            sum += powered[k];
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new IllegalArgumentException("teacher " + teacherName + " gave probabilities that cannot be "
                    + "softened (all zero or not finite): " + java.util.Arrays.toString(probabilities));
        }
        float[] out = new float[probabilities.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) (powered[k] / sum);
        }
        return out;
    }

    @Override
    public String toString() {
        return "distillation(teacher=" + teacherName + ", T=" + temperature + ", weight=" + weight + ")";
    }

    /** Builds a {@link Distillation}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder {
        private EmotionModel teacher;
        private String teacherName;
        private float temperature = 4f;
        private float weight = 0.5f;

        private Builder() {}

        /** The teacher model; it must score the student's labels in the student's order. */
        public Builder setTeacher(EmotionModel teacher) {
            this.teacher = teacher;
            return this;
        }

        /** A name for the teacher in checkpoints and cards (default: its class name). */
        public Builder optTeacherName(String name) {
            this.teacherName = name;
            return this;
        }

        /** The softening temperature (default 4). */
        public Builder optTemperature(float temperature) {
            this.temperature = temperature;
            return this;
        }

        /** The weight of the teacher term in [0, 1] (default 0.5). */
        public Builder optWeight(float weight) {
            this.weight = weight;
            return this;
        }

        /** Validates and builds. */
        public Distillation build() {
            if (teacher == null) {
                throw new IllegalStateException("setTeacher is required");
            }
            if (!(temperature > 0) || !Float.isFinite(temperature)) {
                throw new IllegalArgumentException("temperature must be a finite number > 0, got " + temperature);
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
            }
            if (teacherName == null || teacherName.isBlank()) {
                teacherName = teacher.getClass().getSimpleName();
            }
            return new Distillation(this);
        }
    }
}
