package org.fer4j.video.detect;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.ResourceFile;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.image.Picture;

/**
 * OpenCV's Viola-Jones cascade face detector (Haar or LBP features) on the picture's luma. The
 * cascade files come from bytedeco's OpenCV native jar, so nothing is downloaded. Cascades give no
 * probability; the score is {@code n / (n + minNeighbors)} for a box supported by {@code n}
 * neighbouring raw detections, so it grows with support but is not calibrated.
 */
public final class CascadeFaceDetector implements FaceDetector {

    /** The frontal-face cascades that ship with OpenCV. */
    public enum Cascade {
        /** Haar features, the classic default: accurate, slowest. */
        HAAR_FRONTALFACE_DEFAULT("haarcascades/haarcascade_frontalface_default.xml"),
        /** Haar features, alternative training with fewer false positives. */
        HAAR_FRONTALFACE_ALT2("haarcascades/haarcascade_frontalface_alt2.xml"),
        /** LBP features, improved training: several times faster than Haar. */
        LBP_FRONTALFACE_IMPROVED("lbpcascades/lbpcascade_frontalface_improved.xml");

        private final String file;

        Cascade(String file) {
            this.file = file;
        }

        /** The classpath location of the XML inside bytedeco's OpenCV jar for this platform. */
        public String resource() {
            return "/org/bytedeco/opencv/" + Loader.getPlatform() + "/share/opencv4/" + file;
        }
    }

    private final CascadeClassifier classifier;
    private final double scaleFactor;
    private final int minNeighbors;
    private final double minFaceFraction;
    private final boolean equalize;
    private final String name;

    private CascadeFaceDetector(Builder builder, CascadeClassifier classifier, String name) {
        this.classifier = classifier;
        this.scaleFactor = builder.scaleFactor;
        this.minNeighbors = builder.minNeighbors;
        this.minFaceFraction = builder.minFaceFraction;
        this.equalize = builder.equalizeHistogram;
        this.name = name;
    }

    /** The default Haar cascade with default settings. */
    public static CascadeFaceDetector create() {
        return builder().build();
    }

    /** A builder to pick the cascade and its search settings. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Detection> detect(Picture picture) {
        int w = picture.width();
        int h = picture.height();
        try (Mat gray = new Mat(h, w, CV_8UC1);
                RectVector rects = new RectVector();
                IntPointer neighbours = new IntPointer();
                Size minSize = minSize(w, h);
                Size maxSize = new Size()) {
            gray.data().put(picture.luma());
            if (equalize) {
                opencv_imgproc.equalizeHist(gray, gray);
            }
            classifier.detectMultiScale2(gray, rects, neighbours, scaleFactor, minNeighbors, 0, minSize, maxSize);
            List<Detection> detections = new ArrayList<>((int) rects.size());
            int[] counts = new int[(int) rects.size()];
            if (counts.length > 0) {
                neighbours.get(counts);
            }
            for (int i = 0; i < counts.length; i++) {
                Rect r = rects.get(i);
                float score = (float) counts[i] / (counts[i] + minNeighbors);
                detections.add(new Detection(new BoundingBox(r.x(), r.y(), r.width(), r.height()), score));
            }
            detections.sort(Comparator.comparingDouble(Detection::score).reversed());
            return detections;
        } catch (RuntimeException e) {
            throw new FaceDetectorException("Cascade " + name + " failed on " + picture + ": " + e.getMessage(), e);
        }
    }

    private Size minSize(int width, int height) {
        int side = (int) Math.round(Math.min(width, height) * minFaceFraction);
        return new Size(side, side);
    }

    @Override
    public void close() {
        classifier.close();
    }

    @Override
    public String toString() {
        return "CascadeFaceDetector[" + name + "]";
    }

    /** Configures a {@link CascadeFaceDetector}. */
    public static final class Builder {

        private Cascade cascade = Cascade.HAAR_FRONTALFACE_DEFAULT;
        private Path cascadeFile;
        private double scaleFactor = 1.1;
        private int minNeighbors = 5;
        private double minFaceFraction = 0.1;
        private boolean equalizeHistogram = true;

        private Builder() {}

        /** Which shipped cascade to use; {@link Cascade#HAAR_FRONTALFACE_DEFAULT} by default. */
        public Builder optCascade(Cascade cascade) {
            this.cascade = cascade;
            this.cascadeFile = null;
            return this;
        }

        /** Loads a cascade XML file of your own instead of a shipped one. */
        public Builder optCascadeFile(Path cascadeFile) {
            this.cascadeFile = cascadeFile;
            return this;
        }

        /** Scale step between search windows, above 1; 1.1 by default (smaller finds more, slower). */
        public Builder optScaleFactor(double scaleFactor) {
            this.scaleFactor = scaleFactor;
            return this;
        }

        /** Raw detections that must overlap to keep a face; 5 by default (higher, fewer false ones). */
        public Builder optMinNeighbors(int minNeighbors) {
            this.minNeighbors = minNeighbors;
            return this;
        }

        /** Smallest face side as a fraction of the frame's shorter side; 0.1 by default. */
        public Builder optMinFaceFraction(double minFaceFraction) {
            this.minFaceFraction = minFaceFraction;
            return this;
        }

        /** Whether to equalise the histogram before detection; true by default. */
        public Builder optEqualizeHistogram(boolean equalizeHistogram) {
            this.equalizeHistogram = equalizeHistogram;
            return this;
        }

        /**
         * Validates the settings and loads the cascade.
         *
         * @throws FaceDetectorException when the cascade file is missing or not a cascade
         */
        public CascadeFaceDetector build() {
            if (!(scaleFactor > 1)) {
                throw new IllegalArgumentException("Cascade scale factor must be > 1, got " + scaleFactor);
            }
            if (minNeighbors < 1) {
                throw new IllegalArgumentException("Cascade minNeighbors must be >= 1, got " + minNeighbors);
            }
            if (!(minFaceFraction > 0 && minFaceFraction <= 1)) {
                throw new IllegalArgumentException("Minimum face fraction must be in (0, 1], got " + minFaceFraction);
            }
            Loader.load(org.bytedeco.opencv.global.opencv_objdetect.class);
            String name = cascadeFile != null ? cascadeFile.toString() : cascade.name();
            try {
                if (cascadeFile != null) {
                    if (!Files.isRegularFile(cascadeFile)) {
                        throw new FaceDetectorException("Cascade file " + cascadeFile + " does not exist", null);
                    }
                    return load(cascadeFile, name);
                }
                if (Loader.class.getResource(cascade.resource()) == null) {
                    throw new FaceDetectorException("Cascade " + cascade + " is not on the classpath at "
                            + cascade.resource() + "; add org.bytedeco:opencv with the classifier "
                            + Loader.getPlatform() + " (or pass optCascadeFile)", null);
                }
                try (ResourceFile copy = ResourceFile.copy(Loader.class, cascade.resource(), ".xml")) {
                    return load(copy.path(), name);
                }
            } catch (IOException e) {
                throw new FaceDetectorException("Cannot read cascade " + name + ": " + e.getMessage(), e);
            }
        }

        /** Loads an OpenCV cascade XML (OpenCV reads it whole, so the file may go afterwards). */
        private CascadeFaceDetector load(Path file, String name) {
            CascadeClassifier classifier = new CascadeClassifier();
            boolean loaded;
            try {
                loaded = classifier.load(file.toString());
            } catch (RuntimeException e) {
                loaded = false;
            }
            if (!loaded || classifier.empty()) {
                classifier.close();
                throw new FaceDetectorException("Cascade " + name + " could not be loaded: not an OpenCV cascade XML", null);
            }
            return new CascadeFaceDetector(this, classifier, name);
        }
    }
}
