package org.fer4j.spark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.fer4j.core.GrayImage;
import org.fer4j.core.LabeledClip;
import org.fer4j.core.data.Fer2013Dataset;
import org.fer4j.core.data.Fer2013Usage;

/**
 * FER2013 faces written as PNG pictures the photo path can find faces in: FER2013's 48x48 faces are
 * too small for the detector (its smallest box is 32 px and a face filling the whole picture has no
 * margin), so each is enlarged 4x (bilinear, {@link GrayImage#resized}) to 192x192 and put in the
 * middle of a 256x256 mid-gray square, the way fer-detect's framing probe measured FER2013's framing.
 */
final class FacePictures {

    static final int ENLARGE = 4;
    static final int SIDE = 256;

    private FacePictures() {}

    /** The shared FER2013 file, when this machine has it. */
    static Optional<Path> fer2013() {
        Path csv = Path.of(System.getProperty("fer4j.shared.dir", "../shared"), "data", "fer2013", "fer2013.csv.gz");
        return Files.isRegularFile(csv) ? Optional.of(csv) : Optional.empty();
    }

    /** Writes the first {@code count} PublicTest faces into {@code dir} as {@code face-00000.png}, ...; returns the files. */
    static List<Path> write(Path csv, int count, Path dir) throws IOException {
        Fer2013Dataset faces = Fer2013Dataset.builder().setCsvPath(csv).optUsage(Fer2013Usage.PUBLIC_TEST).build();
        faces.prepare();
        List<LabeledClip> samples = faces.samples();
        if (samples.size() < count) {
            throw new IllegalArgumentException(csv + " has " + samples.size() + " PublicTest faces, fewer than " + count);
        }
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format("face-%05d.png", i));
            ImageIO.write(canvas(samples.get(i).clip().frame(0)), "png", file.toFile());
            files.add(file);
        }
        return files;
    }

    private static BufferedImage canvas(GrayImage face) {
        GrayImage large = face.resized(face.width() * ENLARGE, face.height() * ENLARGE);
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        int origin = (SIDE - large.width()) / 2;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int fx = x - origin;
                int fy = y - origin;
                boolean inFace = fx >= 0 && fy >= 0 && fx < large.width() && fy < large.height();
                raster.setSample(x, y, 0, inFace ? Math.max(0, Math.min(255, Math.round(large.get(fx, fy) * 255))) : 128);
            }
        }
        return image;
    }
}
