package org.fer4j.core;

import java.util.List;

/**
 * The base of a decorator: an {@link EmotionModel} that hands every call to another, so a subclass
 * overrides only the calls it watches or changes (counting, logging, timing, caching).
 */
public abstract class ForwardingEmotionModel implements EmotionModel {

    private final EmotionModel delegate;

    /** Forwards every call to {@code delegate}. */
    protected ForwardingEmotionModel(EmotionModel delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException("A forwarding model needs a model to forward to");
        }
        this.delegate = delegate;
    }

    /** The model calls are forwarded to. */
    protected EmotionModel delegate() {
        return delegate;
    }

    @Override
    public LabelSet labels() {
        return delegate.labels();
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        return delegate.predict(face);
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        return delegate.predictAll(faces);
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return delegate.predict(clip);
    }

    @Override
    public EmotionStream openStream() {
        return delegate.openStream();
    }

    /** Closes the model forwarded to. */
    @Override
    public void close() {
        delegate.close();
    }
}
