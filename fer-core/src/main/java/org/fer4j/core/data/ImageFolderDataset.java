package org.fer4j.core.data;

import org.fer4j.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fer4j.core.LabelSet;
import org.fer4j.core.preprocess.FacePreprocessor;

/**
 * Face images stored as {@code <root>/<label>/*.{jpg,jpeg,png,bmp,gif}}, one folder per emotion
 * (names such as {@code happy} or {@code anger}, matched with aliases), each image decoded with
 * ImageIO and turned into a 48x48 gray face with {@link FacePreprocessor}. Without an explicit
 * label set the classes are {@link LabelSet#FER2013} when every folder emotion belongs to it, else
 * the folder emotions sorted by label; they are known once the dataset is prepared.
 */
public final class ImageFolderDataset extends FaceDataset {

    private final Path root;
    private final LabelSet requestedLabels;
    private final boolean lenient;
    private final FaceImageReader reader;

    private ImageFolderDataset(Builder builder) {
        super(builder.labelSet);
        this.root = builder.root;
        this.requestedLabels = builder.labelSet;
        this.lenient = builder.lenient;
        this.reader = builder.faceReader();
    }

    /** Starts a builder; {@link Builder#setRoot} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Loaded load(Progress progress) throws IOException {
        return new LabelFolderLoader(root, requestedLabels, lenient, ImageFolderDataset::stills, reader)
                .load(progress);
    }

    /** Every image of a folder is its own one-frame sample without a subject. */
    private static List<LabelFolderLoader.SampleFiles> stills(LabelFolderLoader.Folder folder, SkipCounter skips) {
        return folder.images().stream()
                .map(file -> new LabelFolderLoader.SampleFiles(
                        List.of(file), folder.location() + "/" + file.getFileName(), ""))
                .toList();
    }

    /** Builds an {@link ImageFolderDataset}: {@code set*} is required, {@code opt*} has a default. */
    public static final class Builder extends PictureBuilder<Builder> {

        private Path root;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The folder holding one sub-folder per emotion label (required). */
        public Builder setRoot(Path root) {
            this.root = root;
            return this;
        }

        /** Validates the settings and creates the dataset; call {@code prepare()} to read it. */
        public ImageFolderDataset build() {
            if (root == null) {
                throw new IllegalStateException("setRoot is required");
            }
            return new ImageFolderDataset(this);
        }
    }
}
