package org.fer4j.models.train;

/**
 * The immutable recipe of a training run: epochs, batch size, optimizer (AdamW or Nesterov SGD) and
 * its learning rate with linear warm-up and cosine decay, gradient clipping, weight decay, label smoothing, class
 * balancing, early-stopping patience, and the seed that makes the run (shuffling, augmentation, dropout, initialisation) reproducible.
 */
public final class TrainingPlan {

    private final int epochs;
    private final int batchSize;
    private final float learningRate;
    private final float minLearningRate;
    private final int warmupEpochs;
    private final float weightDecay;
    private final float labelSmoothing;
    private final ClassBalance classBalance;
    private final int patience;
    private final long seed;
    private final OptimizerChoice optimizer;
    private final float momentum;
    private final float gradientClipNorm;

    private TrainingPlan(Builder b) {
        epochs = b.epochs;
        batchSize = b.batchSize;
        learningRate = b.learningRate;
        minLearningRate = b.minLearningRate;
        warmupEpochs = b.warmupEpochs;
        weightDecay = b.weightDecay;
        labelSmoothing = b.labelSmoothing;
        classBalance = b.classBalance;
        patience = b.patience;
        seed = b.seed;
        optimizer = b.optimizer;
        momentum = b.momentum;
        gradientClipNorm = b.gradientClipNorm;
    }

    /** A builder with defaults suited to FER2013 on a CPU. */
    public static Builder builder() {
        return new Builder();
    }

    /** Maximum number of epochs. */
    public int epochs() {
        return epochs;
    }

    /** Faces (or clips) per optimisation step. */
    public int batchSize() {
        return batchSize;
    }

    /** Peak learning rate, reached after warm-up. */
    public float learningRate() {
        return learningRate;
    }

    /** Learning rate at the end of the cosine decay. */
    public float minLearningRate() {
        return minLearningRate;
    }

    /** Epochs of linear warm-up from near zero to the peak learning rate. */
    public int warmupEpochs() {
        return warmupEpochs;
    }

    /** The update rule. */
    public OptimizerChoice optimizer() {
        return optimizer;
    }

    /** Momentum of {@link OptimizerChoice#SGD_NESTEROV}. */
    public float momentum() {
        return momentum;
    }

    /** Weight decay: decoupled for AdamW, L2 added to the gradient for SGD. */
    public float weightDecay() {
        return weightDecay;
    }

    /** Label-smoothing mass. */
    public float labelSmoothing() {
        return labelSmoothing;
    }

    /** How classes are weighted in the loss. */
    public ClassBalance classBalance() {
        return classBalance;
    }

    /** Epochs without a better validation accuracy before stopping; 0 disables early stopping. */
    public int patience() {
        return patience;
    }

    /** The seed everything random in the run derives from. */
    public long seed() {
        return seed;
    }

    /**
     * The largest global L2 norm of the gradient (over every parameter) a step may use; a larger
     * gradient is scaled down to it, as PyTorch's {@code clip_grad_norm_} does. 0 means no clipping.
     */
    public float gradientClipNorm() {
        return gradientClipNorm;
    }

    /**
     * The learning rate at a point of the run.
     *
     * @param progress epochs done so far, fractional within an epoch (e.g. 3.25)
     */
    public float learningRateAt(double progress) {
        if (progress < warmupEpochs) {
            return (float) (learningRate * (progress + 1e-3) / warmupEpochs);
        }
        double span = Math.max(1e-9, epochs - warmupEpochs);
        double cosine = 0.5 * (1 + Math.cos(Math.PI * Math.min(1, (progress - warmupEpochs) / span)));
        return (float) (minLearningRate + (learningRate - minLearningRate) * cosine);
    }

    @Override
    public String toString() {
        return "epochs=" + epochs + " batch=" + batchSize + " lr=" + learningRate + " minLr=" + minLearningRate
                + " warmup=" + warmupEpochs + " wd=" + weightDecay + " smoothing=" + labelSmoothing
                + " balance=" + classBalance + " patience=" + patience + " seed=" + seed
                // AdamW plans keep the description (and so the checkpoint fingerprint) they had before SGD existed
                + (optimizer == OptimizerChoice.ADAMW ? "" : " optimizer=" + optimizer + " momentum=" + momentum)
                + (gradientClipNorm == 0 ? "" : " clipNorm=" + gradientClipNorm);
    }

    /** Builds a {@link TrainingPlan}; every setting has a default, {@code build()} validates. */
    public static final class Builder {
        private int epochs = 60;
        private int batchSize = 64;
        private float learningRate = 1e-3f;
        private float minLearningRate = 1e-5f;
        private int warmupEpochs = 2;
        private float weightDecay = 1e-4f;
        private float labelSmoothing = 0.1f;
        private ClassBalance classBalance = ClassBalance.NONE;
        private int patience = 0;
        private long seed = 42;
        private OptimizerChoice optimizer = OptimizerChoice.ADAMW;
        private float momentum = 0.9f;
        private float gradientClipNorm;

        private Builder() {}

        /** Maximum epochs (default 60). */
        public Builder optEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Batch size (default 64). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Peak learning rate (default 1e-3). */
        public Builder optLearningRate(float learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** Final learning rate of the cosine decay (default 1e-5). */
        public Builder optMinLearningRate(float minLearningRate) {
            this.minLearningRate = minLearningRate;
            return this;
        }

        /** Warm-up epochs (default 2). */
        public Builder optWarmupEpochs(int warmupEpochs) {
            this.warmupEpochs = warmupEpochs;
            return this;
        }

        /** The update rule (default AdamW). */
        public Builder optOptimizer(OptimizerChoice optimizer) {
            this.optimizer = optimizer;
            return this;
        }

        /** Momentum of Nesterov SGD (default 0.9). */
        public Builder optMomentum(float momentum) {
            this.momentum = momentum;
            return this;
        }

        /** Weight decay (default 1e-4): decoupled for AdamW, L2 for SGD. */
        public Builder optWeightDecay(float weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /** Label smoothing (default 0.1). */
        public Builder optLabelSmoothing(float labelSmoothing) {
            this.labelSmoothing = labelSmoothing;
            return this;
        }

        /** Class weighting (default none). */
        public Builder optClassBalance(ClassBalance classBalance) {
            this.classBalance = classBalance;
            return this;
        }

        /** Early-stopping patience in epochs, 0 = off (default off). */
        public Builder optPatience(int patience) {
            this.patience = patience;
            return this;
        }

        /** Seed (default 42). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Scales each step's gradient down to this global L2 norm when it is larger (default 0: never). */
        public Builder optGradientClipNorm(float gradientClipNorm) {
            this.gradientClipNorm = gradientClipNorm;
            return this;
        }

        /** Validates and builds. */
        public TrainingPlan build() {
            if (epochs < 1 || batchSize < 1) {
                throw new IllegalArgumentException("epochs and batchSize must be >= 1");
            }
            if (!(learningRate > 0) || !(minLearningRate >= 0) || minLearningRate > learningRate) {
                throw new IllegalArgumentException(
                        "need 0 <= minLearningRate <= learningRate, 0 < learningRate; got " + minLearningRate + ", " + learningRate);
            }
            if (warmupEpochs < 0 || warmupEpochs >= epochs && epochs > 1 || patience < 0) {
                throw new IllegalArgumentException("warmupEpochs must be in [0, epochs) and patience >= 0");
            }
            if (!(labelSmoothing >= 0 && labelSmoothing < 1) || !(weightDecay >= 0)) {
                throw new IllegalArgumentException("labelSmoothing must be in [0,1) and weightDecay >= 0");
            }
            if (classBalance == null || optimizer == null) {
                throw new IllegalArgumentException("classBalance and optimizer must not be null");
            }
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
            }
            if (!(gradientClipNorm >= 0) || Float.isInfinite(gradientClipNorm)) {
                throw new IllegalArgumentException("gradientClipNorm must be finite and >= 0 (0: off), got " + gradientClipNorm);
            }
            return new TrainingPlan(this);
        }
    }
}
