package org.fer4j.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.image.Picture;

/**
 * Finds faces of every size with a detector that only sees faces filling a good part of its input
 * (such as BlazeFace short-range): it runs the detector on the whole picture and on square tiles of
 * a pyramid of sizes, each overlapping its neighbours by half, maps the faces back into the picture
 * and merges the duplicates. A face cut by a tile's inner edge is dropped there, since the
 * overlapping tile holds it whole. The smallest tile follows from the smallest face to find.
 *
 * <p>Thread-safe when the inner detector is. It does not own the inner detector unless built with
 * {@link Builder#optOwnDetector(boolean)}.
 */
public final class TiledFaceDetector implements FaceDetector {

    private final FaceDetector detector;
    private final boolean ownsDetector;
    private final int smallestTile;
    private final double tileGrowth;
    private final double overlapIou;
    private final double containment;
    private final float scoreThreshold;

    private TiledFaceDetector(Builder builder) {
        this.detector = builder.detector;
        this.ownsDetector = builder.ownsDetector;
        this.smallestTile = (int) Math.round(builder.minFaceSize / builder.faceFraction);
        this.tileGrowth = builder.tileGrowth;
        this.overlapIou = builder.overlapIou;
        this.containment = builder.containment;
        this.scoreThreshold = builder.scoreThreshold;
    }

    /** The shipped BlazeFace short-range model, tiled for face boxes down to 32 px, owned by the result. */
    public static TiledFaceDetector create() {
        return builder().setDetector(BlazeFaceDetector.create()).optOwnDetector(true).build();
    }

    /** A builder; {@link Builder#setDetector(FaceDetector)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Detection> detect(Picture picture) {
        List<Detection> candidates = new ArrayList<>();
        for (Tile tile : tiles(picture.width(), picture.height())) {
            candidates.addAll(detectIn(picture, tile));
        }
        return suppress(candidates);
    }

    /** The whole picture, then square tiles of growing side until one tile covers the picture. */
    List<Tile> tiles(int width, int height) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile(0, 0, width, height));
        int longer = Math.max(width, height);
        for (double side = smallestTile; side < longer; side *= tileGrowth) {
            int s = (int) Math.round(side);
            int tileWidth = Math.min(s, width);
            int tileHeight = Math.min(s, height);
            for (int y : starts(height, tileHeight)) {
                for (int x : starts(width, tileWidth)) {
                    tiles.add(new Tile(x, y, tileWidth, tileHeight));
                }
            }
        }
        return tiles;
    }

    /** Tile origins along one axis: stride half a tile, the last one flush with the far edge. */
    private static List<Integer> starts(int length, int tile) {
        List<Integer> starts = new ArrayList<>();
        int stride = Math.max(1, tile / 2);
        for (int start = 0; ; start += stride) {
            if (start + tile >= length) {
                starts.add(Math.max(0, length - tile));
                return starts;
            }
            starts.add(start);
        }
    }

    private List<Detection> detectIn(Picture picture, Tile tile) {
        boolean whole = tile.width() == picture.width() && tile.height() == picture.height();
        Picture region = whole
                ? picture
                : Picture.of(picture.image().getSubimage(tile.x(), tile.y(), tile.width(), tile.height()));
        List<Detection> found = new ArrayList<>();
        for (Detection detection : detector.detect(region)) {
            if (detection.score() >= scoreThreshold && !tile.cutsInnerEdge(detection.box(), picture.width(), picture.height())) {
                found.add(whole ? detection : detection.translated(tile.x(), tile.y()));
            }
        }
        return found;
    }

    /**
     * Keeps the most confident of overlapping faces: a face is dropped when it overlaps a kept one
     * by the IoU threshold or lies mostly inside it (or it inside the face).
     */
    private List<Detection> suppress(List<Detection> candidates) {
        List<Detection> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : sorted) {
            if (kept.stream().noneMatch(k -> overlaps(k.box(), candidate.box()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private boolean overlaps(BoundingBox a, BoundingBox b) {
        if (a.iou(b) >= overlapIou) {
            return true;
        }
        double ix = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
        double iy = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
        return ix * iy >= containment * Math.min(a.area(), b.area());
    }

    /** Closes the inner detector when this detector owns it. */
    @Override
    public void close() {
        if (ownsDetector) {
            detector.close();
        }
    }

    /** A square (or picture-clipped) region, in picture pixels. */
    record Tile(int x, int y, int width, int height) {

        /** Whether a box (tile pixels) runs into an edge of this tile that is not a picture edge. */
        boolean cutsInnerEdge(BoundingBox box, int pictureWidth, int pictureHeight) {
            double margin = 0.02 * Math.max(width, height);
            return (x > 0 && box.x() < margin)
                    || (y > 0 && box.y() < margin)
                    || (x + width < pictureWidth && box.x() + box.width() > width - margin)
                    || (y + height < pictureHeight && box.y() + box.height() > height - margin);
        }
    }

    /** Configures a {@link TiledFaceDetector}. */
    public static final class Builder {

        private FaceDetector detector;
        private boolean ownsDetector;
        private int minFaceSize = 32;
        private double faceFraction = 0.16;
        private double tileGrowth = 2;
        private double overlapIou = 0.3;
        private double containment = 0.6;
        private float scoreThreshold = 0.7f;

        private Builder() {}

        /** The detector run on every tile (required), e.g. {@link BlazeFaceDetector}. */
        public Builder setDetector(FaceDetector detector) {
            this.detector = detector;
            return this;
        }

        /** Whether {@link #close()} closes the inner detector; false by default. */
        public Builder optOwnDetector(boolean ownsDetector) {
            this.ownsDetector = ownsDetector;
            return this;
        }

        /**
         * The smallest face box side, in picture pixels, the tiles are sized for; 32 by default
         * (BlazeFace's box of a face drawn 40 px by hand: its boxes leave out the forehead).
         */
        public Builder optMinFaceSize(int minFaceSize) {
            this.minFaceSize = minFaceSize;
            return this;
        }

        /**
         * The share of a tile's side that the smallest face should fill for the inner detector to see
         * it; 0.16 by default (measured for BlazeFace short-range on group photos: smallest tile 200 px).
         */
        public Builder optFaceFraction(double faceFraction) {
            this.faceFraction = faceFraction;
            return this;
        }

        /** How much each pyramid level's tile side grows over the previous; 2 by default. */
        public Builder optTileGrowth(double tileGrowth) {
            this.tileGrowth = tileGrowth;
            return this;
        }

        /** IoU above which two faces from different tiles are the same face; 0.3 by default. */
        public Builder optOverlapIou(double overlapIou) {
            this.overlapIou = overlapIou;
            return this;
        }

        /**
         * Share of the smaller box inside the larger one above which the smaller is a duplicate (a
         * part of the face seen by a smaller tile); 0.6 by default.
         */
        public Builder optContainment(double containment) {
            this.containment = containment;
            return this;
        }

        /** Minimum score of a face from any tile; 0.7 by default (few false positives on group photos). */
        public Builder optScoreThreshold(float scoreThreshold) {
            this.scoreThreshold = scoreThreshold;
            return this;
        }

        /** Validates the settings and builds the detector. */
        public TiledFaceDetector build() {
            if (detector == null) {
                throw new IllegalStateException("No inner detector: call setDetector(BlazeFaceDetector.create())");
            }
            requireRange("min face size", minFaceSize, 8, 4096);
            requireRange("face fraction", faceFraction, 0.05, 1);
            requireRange("tile growth", tileGrowth, 1.2, 4);
            requireRange("overlap IoU", overlapIou, 0.01, 1);
            requireRange("containment", containment, 0.01, 1);
            requireRange("score threshold", scoreThreshold, 0, 1);
            return new TiledFaceDetector(this);
        }

        private static void requireRange(String name, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException("Tiled detector " + name + " must be in [" + min + ", " + max + "], got " + value);
            }
        }
    }
}
