package org.fer4j.models;

/** How a model combines the per-frame features of a clip before classifying it. */
public enum Temporal {
    /** No recurrence: per-frame features are averaged over the clip. */
    NONE,
    /** A long short-term memory layer reads the frames in order; its last output is classified. */
    LSTM,
    /** A gated recurrent unit reads the frames in order; its last output is classified. */
    GRU
}
