package org.fer4j.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Model averaging: an {@link EmotionModel} whose scores are the weighted mean of its members'
 * probabilities for the same face, clip or stream frame. Members must share one label set; the
 * ensemble owns them and closes them when it is closed. Thread-safe when its members are.
 *
 * <pre>{@code
 * try (EmotionModel model = EmotionEnsemble.of(List.of(
 *         EmotionRecognizer.load(Path.of("models/cnn-rnn-augmented")),
 *         EmotionRecognizer.load(Path.of("models/cnn-attention"))))) {
 *     EmotionScores scores = model.predict(face);
 * }
 * }</pre>
 */
public final class EmotionEnsemble implements EmotionModel {

    private final List<EmotionModel> members;
    private final double[] weights;
    private final LabelSet labels;

    private EmotionEnsemble(List<EmotionModel> members, double[] weights) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one member model");
        }
        if (weights.length != members.size()) {
            throw new IllegalArgumentException(
                    "Got " + weights.length + " weights for " + members.size() + " member models");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                throw new IllegalArgumentException(
                        "Weight of member " + i + " is " + weights[i] + "; expected a finite value >= 0");
            }
            sum += weights[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Member weights sum to " + sum + "; at least one must be positive");
        }
        this.labels = members.get(0).labels();
        for (int i = 1; i < members.size(); i++) {
            if (!members.get(i).labels().equals(labels)) {
                throw new IllegalArgumentException("Member " + i + " scores [" + members.get(i).labels()
                        + "] but member 0 scores [" + labels + "]; an ensemble needs one label set");
            }
        }
        this.members = List.copyOf(members);
        this.weights = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = weights[i] / sum;
        }
    }

    /** An ensemble that averages its members with equal weight. */
    public static EmotionEnsemble of(List<? extends EmotionModel> members) {
        double[] equal = new double[members.size()];
        Arrays.fill(equal, 1);
        return new EmotionEnsemble(List.copyOf(members), equal);
    }

    /** Opens one member model from a source (a directory, a variant name...); may fail with an IOException. */
    @FunctionalInterface
    public interface MemberOpener<S> {
        /** Opens the member model described by {@code source}. */
        EmotionModel open(S source) throws IOException;
    }

    /**
     * Opens one member per source and averages them with equal weight; if any member fails to
     * open, the ones already open are closed before the failure is rethrown, so nothing leaks.
     */
    public static <S> EmotionEnsemble open(List<S> sources, MemberOpener<? super S> opener) throws IOException {
        List<EmotionModel> members = new ArrayList<>(sources.size());
        try {
            for (S source : sources) {
                members.add(opener.open(source));
            }
            return of(members);
        } catch (IOException | RuntimeException e) {
            try {
                closeAll(members, EmotionModel::close);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * An ensemble that averages its members with the given non-negative weights (scaled to sum to
     * one), in member order.
     */
    public static EmotionEnsemble weighted(List<? extends EmotionModel> members, double... weights) {
        return new EmotionEnsemble(List.copyOf(members), weights.clone());
    }

    /** The member models, in the order their weights were given. */
    public List<EmotionModel> members() {
        return members;
    }

    /** The weight of each member, summing to one. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public LabelSet labels() {
        return labels;
    }

    @Override
    public EmotionScores predict(GrayImage face) {
        return average(m -> m.predict(face));
    }

    @Override
    public List<EmotionScores> predictAll(List<GrayImage> faces) {
        List<List<EmotionScores>> perMember = new ArrayList<>(members.size());
        for (EmotionModel member : members) {
            perMember.add(member.predictAll(faces));
        }
        List<EmotionScores> result = new ArrayList<>(faces.size());
        for (int face = 0; face < faces.size(); face++) {
            int index = face;
            result.add(combine(i -> perMember.get(i).get(index)));
        }
        return result;
    }

    @Override
    public EmotionScores predict(Clip clip) {
        return average(m -> m.predict(clip));
    }

    @Override
    public EmotionStream openStream() {
        List<EmotionStream> streams = new ArrayList<>(members.size());
        for (EmotionModel member : members) {
            streams.add(member.openStream());
        }
        return new EnsembleStream(streams);
    }

    /** Closes every member, even when closing one of them fails. */
    @Override
    public void close() {
        closeAll(members, EmotionModel::close);
    }

    private static <T> void closeAll(List<T> resources, Consumer<T> close) {
        RuntimeException failure = null;
        for (T resource : resources) {
            try {
                close.accept(resource);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private EmotionScores average(Function<EmotionModel, EmotionScores> score) {
        return combine(i -> score.apply(members.get(i)));
    }

    private EmotionScores combine(IntFunction<EmotionScores> memberScores) {
        double[] sum = new double[labels.size()];
        for (int i = 0; i < members.size(); i++) {
            float[] p = memberScores.apply(i).toArray();
            for (int c = 0; c < sum.length; c++) {
                sum[c] += weights[i] * p[c];
            }
        }
        float[] mean = new float[sum.length];
        for (int c = 0; c < sum.length; c++) {
            mean[c] = (float) sum[c];
        }
        return EmotionScores.normalizing(labels, mean);
    }

    /** One stream per member, fed the same frames, scores combined like the ensemble's. */
    private final class EnsembleStream implements EmotionStream {

        private final List<EmotionStream> streams;
        private int frames;

        EnsembleStream(List<EmotionStream> streams) {
            this.streams = streams;
        }

        @Override
        public EmotionScores next(GrayImage face) {
            List<EmotionScores> step = new ArrayList<>(streams.size());
            for (EmotionStream stream : streams) {
                step.add(stream.next(face));
            }
            frames++;
            return combine(step::get);
        }

        @Override
        public void reset() {
            streams.forEach(EmotionStream::reset);
            frames = 0;
        }

        @Override
        public int framesSeen() {
            return frames;
        }

        @Override
        public void close() {
            closeAll(streams, EmotionStream::close);
        }
    }
}
