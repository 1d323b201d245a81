package org.fer4j.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.fer4j.core.LabeledClip;

/**
 * Subject-wise k-fold cross-validation over a dataset's samples: every subject's samples fall in
 * exactly one fold, so no person is seen both in training and in testing. Subjects are spread
 * over the folds so that the folds hold as equal a number of samples as possible; the seed only
 * breaks ties, and the same samples and seed always give the same folds.
 */
public final class SubjectKFold {

    private final Map<String, int[]> samplesBySubject;
    private final int sampleCount;

    private SubjectKFold(Map<String, int[]> samplesBySubject, int sampleCount) {
        this.samplesBySubject = samplesBySubject;
        this.sampleCount = sampleCount;
    }

    /** Splits a prepared dataset's samples; every sample must name its subject. */
    public static SubjectKFold of(FaceDataset dataset) {
        return of(dataset.samples());
    }

    /** Splits these samples by index; every sample must name its subject. */
    public static SubjectKFold of(List<LabeledClip> samples) {
        Map<String, List<Integer>> bySubject = new TreeMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            String subject = samples.get(i).subject();
            if (subject.isBlank()) {
                missing.add(i);
            } else {
                bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(i);
            }
        }
        if (!missing.isEmpty()) {
            int first = missing.get(0);
            throw new IllegalArgumentException(
                    missing.size() + " of " + samples.size() + " samples have no subject (first: sample " + first
                            + ", " + samples.get(first).source() + "); subject-wise folds need a dataset that"
                            + " names subjects, such as CK+");
        }
        Map<String, int[]> indices = new TreeMap<>();
        bySubject.forEach((subject, list) -> indices.put(subject, list.stream().mapToInt(Integer::intValue).toArray()));
        return new SubjectKFold(Collections.unmodifiableMap(indices), samples.size());
    }

    /** The number of distinct subjects. */
    public int subjectCount() {
        return samplesBySubject.size();
    }

    /**
     * Splits into {@code k} folds; fold {@code i} tests on its subjects and trains on all others.
     * Fails when {@code k} is below 2 or above the number of subjects.
     */
    public List<Fold> folds(int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, got " + k);
        }
        if (k > samplesBySubject.size()) {
            throw new IllegalArgumentException(
                    "k = " + k + " exceeds the " + samplesBySubject.size() + " subjects; every fold needs a subject");
        }
        List<String> subjects = new ArrayList<>(samplesBySubject.keySet());
        Collections.shuffle(subjects, new Random(seed));
        // Largest subjects first, each to the currently smallest fold (ties: lowest fold index).
        subjects.sort(Comparator.comparingInt((String s) -> samplesBySubject.get(s).length).reversed());
        int[] foldOf = new int[sampleCount];
        int[] sizes = new int[k];
        for (String subject : subjects) {
            int fold = 0;
            for (int f = 1; f < k; f++) {
                if (sizes[f] < sizes[fold]) {
                    fold = f;
                }
            }
            for (int index : samplesBySubject.get(subject)) {
                foldOf[index] = fold;
            }
            sizes[fold] += samplesBySubject.get(subject).length;
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[] test = IntStream.range(0, sampleCount).filter(i -> foldOf[i] == fold).toArray();
            int[] train = IntStream.range(0, sampleCount).filter(i -> foldOf[i] != fold).toArray();
            folds.add(new Fold(f, train, test));
        }
        return List.copyOf(folds);
    }

    /**
     * One fold of a split: sample indices to train on and to test on, each ascending.
     *
     * @param index the fold number, from 0
     * @param train indices of the samples of every other fold's subjects
     * @param test indices of the samples of this fold's subjects
     */
    public record Fold(int index, int[] train, int[] test) {

        /** Copies the index arrays so the fold stays immutable. */
        public Fold {
            train = train.clone();
            test = test.clone();
        }

        /** A copy of the training indices. */
        @Override
        public int[] train() {
            return train.clone();
        }

        /** A copy of the test indices. */
        @Override
        public int[] test() {
            return test.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fold other
                    && other.index == index
                    && Arrays.equals(other.train, train)
                    && Arrays.equals(other.test, test);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * index + Arrays.hashCode(train)) + Arrays.hashCode(test);
        }

        @Override
        public String toString() {
            return "Fold[" + index + ": train " + train.length + ", test " + test.length + "]";
        }
    }
}
