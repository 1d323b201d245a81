package org.fer4j.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ordered classes a model predicts or a dataset labels: position {@code i} is class index
 * {@code i}. FER2013 and CK+ use different sets, so every model and dataset names its own.
 */
public final class LabelSet {

    /** The seven FER2013 classes in the dataset's own order (0 = angry ... 6 = neutral). */
    public static final LabelSet FER2013 =
            of(
                    Emotion.ANGRY,
                    Emotion.DISGUST,
                    Emotion.FEAR,
                    Emotion.HAPPY,
                    Emotion.SAD,
                    Emotion.SURPRISE,
                    Emotion.NEUTRAL);

    /** The seven CK+ expression classes (CK+ has contempt and no neutral), alphabetical. */
    public static final LabelSet CK_PLUS =
            of(
                    Emotion.ANGRY,
                    Emotion.CONTEMPT,
                    Emotion.DISGUST,
                    Emotion.FEAR,
                    Emotion.HAPPY,
                    Emotion.SAD,
                    Emotion.SURPRISE);

    private final List<Emotion> emotions;

    private LabelSet(List<Emotion> emotions) {
        this.emotions = emotions;
    }

    /** Creates a label set from distinct emotions, in class-index order. */
    public static LabelSet of(Emotion... emotions) {
        List<Emotion> list = List.of(emotions);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("A label set needs at least one emotion");
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("Duplicate emotion in label set " + list);
        }
        return new LabelSet(list);
    }

    /** Parses a comma-separated list of labels such as {@code "angry,happy,neutral"}. */
    public static LabelSet parse(String labels) {
        return of(
                Arrays.stream(labels.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(Emotion::parse)
                        .toArray(Emotion[]::new));
    }

    /** The number of classes. */
    public int size() {
        return emotions.size();
    }

    /** The emotion at a class index. */
    public Emotion get(int index) {
        if (index < 0 || index >= emotions.size()) {
            throw new IllegalArgumentException(
                    "Class index " + index + " is outside 0.." + (emotions.size() - 1) + " of " + this);
        }
        return emotions.get(index);
    }

    /** The class index of an emotion, or -1 when this set does not contain it. */
    public int indexOf(Emotion emotion) {
        return emotions.indexOf(emotion);
    }

    /** Whether this set contains the emotion. */
    public boolean contains(Emotion emotion) {
        return emotions.contains(emotion);
    }

    /** The emotions in class-index order. */
    public List<Emotion> emotions() {
        return emotions;
    }

    /** The labels in class-index order, e.g. {@code [angry, disgust, ...]}. */
    public List<String> labels() {
        return emotions.stream().map(Emotion::label).collect(Collectors.toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSet && ((LabelSet) o).emotions.equals(emotions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emotions);
    }

    @Override
    public String toString() {
        return String.join(",", labels());
    }
}
