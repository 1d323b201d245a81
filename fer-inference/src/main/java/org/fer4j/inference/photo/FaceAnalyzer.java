package org.fer4j.inference.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.GrayImage;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.face.FaceDetectorException;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.core.image.Picture;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.detect.FaceAligner;
import org.fer4j.detect.TiledFaceDetector;
import org.fer4j.inference.OnnxEmotionModel;

/**
 * Photos in one call: finds every face of a picture, aligns and frames each as the model saw faces
 * in training, and scores its emotions. Detection defaults to {@link TiledFaceDetector} (faces of
 * every size down to {@link Builder#optMinFaceSize(int)}), framing to {@link FaceAligner}'s FER2013
 * framing with levelled eyes, decoding to {@link PictureDecoder#defaults()}.
 *
 * <p>Thread-safe when its model and detector are (the shipped ones are). Ownership: the analyzer
 * closes the detector it created itself and, when built with {@link Builder#optOwnModel(boolean)},
 * the model; a detector or model you pass stays yours to close. After {@link #close()} every call
 * throws {@link IllegalStateException}.
 */
public final class FaceAnalyzer implements AutoCloseable {

    private final EmotionModel model;
    private final boolean ownsModel;
    private final FaceDetector detector;
    private final boolean ownsDetector;
    private final FaceAligner aligner;
    private final PictureDecoder decoder;
    private final boolean requireFace;
    private final int minFaceSize;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FaceAnalyzer(Builder builder, FaceDetector detector) {
        this.model = builder.model;
        this.ownsModel = builder.ownsModel;
        this.detector = detector;
        this.ownsDetector = builder.detector == null;
        this.aligner = builder.aligner;
        this.decoder = builder.decoder;
        this.requireFace = builder.requireFace;
        this.minFaceSize = builder.minFaceSize;
    }

    /**
     * The shipped default model on ONNX Runtime (flip averaging on) behind the default detector and
     * framing; the analyzer owns and closes both.
     *
     * <pre>{@code
     * try (FaceAnalyzer fer = FaceAnalyzer.pretrained()) {
     *     fer.analyze(Path.of("photo.jpg")).forEach(face -> System.out.println(face.emotion() + " " + face.box()));
     * }
     * }</pre>
     */
    public static FaceAnalyzer pretrained() throws IOException {
        return pretrained(OnnxEmotionModel.DEFAULT_VARIANT);
    }

    /**
     * Like {@link #pretrained()} with another shipped model, one of {@link OnnxEmotionModel#VARIANTS}:
     * {@code pretrained("fast")} scores faces at a seventh of the default's cost, a few points less accurate.
     */
    public static FaceAnalyzer pretrained(String variantId) throws IOException {
        OnnxEmotionModel model = OnnxEmotionModel.pretrained(variantId);
        try {
            return builder().setModel(model).optOwnModel(true).build();
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** A builder; {@link Builder#setModel(EmotionModel)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The faces of a picture file, most confident first; empty when there is none.
     *
     * @throws BadPictureException when the file is missing, empty, not a picture, truncated or too large
     * @throws NoFaceFoundException when a face is required and there is none
     */
    public List<AnalyzedFace> analyze(Path file) throws BadPictureException {
        requireOpen();
        return analyze(Picture.of(decoder.decode(file)), file.toString());
    }

    /**
     * The faces of an encoded picture (PNG, JPEG, ...); {@code sourceName} names it in errors.
     *
     * @throws BadPictureException when the bytes are empty, not a picture, truncated or too large
     * @throws NoFaceFoundException when a face is required and there is none
     */
    public List<AnalyzedFace> analyze(byte[] bytes, String sourceName) throws BadPictureException {
        requireOpen();
        return analyze(Picture.of(decoder.decode(bytes, sourceName)), sourceName);
    }

    /**
     * The faces of a decoded picture, most confident first; empty when there is none.
     *
     * @throws NoFaceFoundException when a face is required and there is none
     */
    public List<AnalyzedFace> analyze(BufferedImage image) {
        requireOpen();
        if (image == null) {
            throw new IllegalArgumentException("No picture to analyse: the image is null");
        }
        return analyze(Picture.of(image), "picture of " + image.getWidth() + "x" + image.getHeight());
    }

    /**
     * Every picture file of a batch, in order: each result holds the faces or the error of its file
     * (a bad picture, no face where one is required, a detector failure), and never stops the others.
     * The faces of the whole batch are scored together ({@link EmotionModel#predictAll}).
     */
    public List<PhotoAnalysis> analyzeAll(List<Path> files) {
        requireOpen();
        return analyzeBatch(files.size(), i -> String.valueOf(files.get(i)), i -> decoder.decode(files.get(i)));
    }

    /**
     * Every encoded picture of a batch, in order, {@code sourceNames.get(i)} naming picture {@code i}
     * in its result and errors; like {@link #analyzeAll(List)}, a bad picture never stops the others
     * and the faces of the whole batch are scored together.
     */
    public List<PhotoAnalysis> analyzeAll(List<byte[]> pictures, List<String> sourceNames) {
        requireOpen();
        if (pictures.size() != sourceNames.size()) {
            throw new IllegalArgumentException("Every picture needs one source name: got " + pictures.size()
                    + " pictures and " + sourceNames.size() + " names");
        }
        return analyzeBatch(pictures.size(), sourceNames::get, i -> decoder.decode(pictures.get(i), sourceNames.get(i)));
    }

    private List<PhotoAnalysis> analyzeBatch(int count, IntFunction<String> sources, PictureReader reader) {
        List<PendingPicture> pending = new ArrayList<>(count);
        List<GrayImage> crops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String source = sources.apply(i);
            try {
                Picture picture = Picture.of(reader.read(i));
                List<Detection> faces = detect(picture, source);
                pending.add(new PendingPicture(source, faces, null));
                crops.addAll(crops(picture, faces));
            } catch (BadPictureException | NoFaceFoundException | FaceDetectorException e) {
                pending.add(new PendingPicture(source, List.of(), e));
            }
        }
        List<EmotionScores> scores = crops.isEmpty() ? List.of() : model.predictAll(crops);
        List<PhotoAnalysis> results = new ArrayList<>(count);
        int next = 0;
        for (PendingPicture picture : pending) {
            if (picture.error() != null) {
                results.add(PhotoAnalysis.failed(picture.source(), picture.error()));
            } else {
                int faces = picture.faces().size();
                results.add(PhotoAnalysis.of(picture.source(), analysed(picture.faces(), scores.subList(next, next + faces))));
                next += faces;
            }
        }
        return results;
    }

    private List<AnalyzedFace> analyze(Picture picture, String source) {
        List<Detection> faces = detect(picture, source);
        return faces.isEmpty() ? List.of() : analysed(faces, model.predictAll(crops(picture, faces)));
    }

    /** The detected faces of at least the minimum size; none (or a failure when a face is required). */
    private List<Detection> detect(Picture picture, String source) {
        List<Detection> faces = new ArrayList<>();
        for (Detection detection : detector.detect(picture)) {
            if (Math.max(detection.box().width(), detection.box().height()) >= minFaceSize) {
                faces.add(detection);
            }
        }
        if (faces.isEmpty() && requireFace) {
            throw new NoFaceFoundException(source, minFaceSize);
        }
        return faces;
    }

    private List<GrayImage> crops(Picture picture, List<Detection> faces) {
        List<GrayImage> crops = new ArrayList<>(faces.size());
        for (Detection face : faces) {
            crops.add(aligner.crop(picture, face));
        }
        return crops;
    }

    private static List<AnalyzedFace> analysed(List<Detection> faces, List<EmotionScores> scores) {
        List<AnalyzedFace> analysed = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            analysed.add(new AnalyzedFace(faces.get(i), scores.get(i)));
        }
        return List.copyOf(analysed);
    }

    /** Decodes picture {@code i} of a batch. */
    @FunctionalInterface
    private interface PictureReader {
        BufferedImage read(int i) throws BadPictureException;
    }

    /** A picture of a batch whose faces await their scores, or its error. */
    private record PendingPicture(String source, List<Detection> faces, Exception error) {}

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("FaceAnalyzer is closed");
        }
    }

    /** Closes the detector it created and, when it owns it, the model; later calls fail. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (ownsDetector) {
                detector.close();
            }
        } finally {
            if (ownsModel) {
                model.close();
            }
        }
    }

    /** Configures a {@link FaceAnalyzer}. */
    public static final class Builder {

        private EmotionModel model;
        private boolean ownsModel;
        private FaceDetector detector;
        private FaceAligner aligner = FaceAligner.create();
        private PictureDecoder decoder = PictureDecoder.defaults();
        private boolean requireFace;
        private int minFaceSize = 32;

        private Builder() {}

        /** The emotion model that scores each face (required); any {@link EmotionModel}. */
        public Builder setModel(EmotionModel model) {
            this.model = model;
            return this;
        }

        /** Whether {@link FaceAnalyzer#close()} also closes the model; false by default. */
        public Builder optOwnModel(boolean ownsModel) {
            this.ownsModel = ownsModel;
            return this;
        }

        /**
         * The face detector, which stays yours to close; by default the analyzer creates (and closes)
         * a {@link TiledFaceDetector} for faces down to the minimum face size.
         */
        public Builder optDetector(FaceDetector detector) {
            this.detector = detector;
            return this;
        }

        /** How faces are aligned and framed for the model; {@link FaceAligner#create()} by default. */
        public Builder optAligner(FaceAligner aligner) {
            this.aligner = aligner;
            return this;
        }

        /** How picture files and bytes are decoded (limits); {@link PictureDecoder#defaults()} by default. */
        public Builder optDecoder(PictureDecoder decoder) {
            this.decoder = decoder;
            return this;
        }

        /** Whether a picture without a face is an error ({@link NoFaceFoundException}); false by default. */
        public Builder optRequireFace(boolean requireFace) {
            this.requireFace = requireFace;
            return this;
        }

        /**
         * The smallest face box side in pixels that is reported; 32 by default, BlazeFace's box of a
         * face drawn 40 px wide by hand (its boxes leave out the forehead).
         */
        public Builder optMinFaceSize(int minFaceSize) {
            this.minFaceSize = minFaceSize;
            return this;
        }

        /** Validates the settings and builds the analyzer (loading the default detector if needed). */
        public FaceAnalyzer build() {
            if (model == null) {
                throw new IllegalStateException("No emotion model: call setModel(...) with any EmotionModel");
            }
            if (aligner == null || decoder == null) {
                throw new IllegalStateException("The aligner and the decoder cannot be null");
            }
            if (minFaceSize < 8 || minFaceSize > 4096) {
                throw new IllegalArgumentException("Minimum face size must be in [8, 4096] pixels, got " + minFaceSize);
            }
            FaceDetector chosen = detector != null
                    ? detector
                    : TiledFaceDetector.builder()
                            .setDetector(BlazeFaceDetector.create())
                            .optOwnDetector(true)
                            .optMinFaceSize(minFaceSize)
                            .build();
            return new FaceAnalyzer(this, chosen);
        }
    }
}
