package org.fer4j.models.train;

import ai.djl.ndarray.NDManager;

/** Which update rule a {@link TrainingPlan} trains with; each keeps its state resumable. */
public enum OptimizerChoice {
    /** Adam with decoupled weight decay ({@link ResumableAdamW}); the plan's momentum is unused. */
    ADAMW {
        @Override
        ResumableOptimizer create(NDManager stateManager, TrainingPlan plan) {
            return new ResumableAdamW(stateManager, plan.weightDecay(), plan.learningRate());
        }
    },
    /** SGD with Nesterov momentum and L2 weight decay ({@link ResumableNesterovSgd}). */
    SGD_NESTEROV {
        @Override
        ResumableOptimizer create(NDManager stateManager, TrainingPlan plan) {
            return new ResumableNesterovSgd(stateManager, plan.weightDecay(), plan.learningRate(), plan.momentum());
        }
    };

    /** A fresh optimizer for the plan, its state arrays owned by {@code stateManager}. */
    abstract ResumableOptimizer create(NDManager stateManager, TrainingPlan plan);
}
