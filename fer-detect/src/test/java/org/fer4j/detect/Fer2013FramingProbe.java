package org.fer4j.detect;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceLandmark;
import org.fer4j.core.image.Picture;

/**
 * Measures FER2013's framing in BlazeFace terms: each PublicTest face (48x48) is enlarged 4x and set
 * in the middle of a mid-gray canvas twice its size, BlazeFace runs on it, and the box is mapped back
 * into the 48x48 face. The medians give the crop that reproduces FER2013's framing around a box:
 * scale = 48 / box side, vertical offset = (24 - box centre y) / box side. Arguments: the number of
 * faces (default 2000).
 */
final class Fer2013FramingProbe {

    private static final int ENLARGE = 4;

    private Fer2013FramingProbe() {}

    /** Prints the measured framing. */
    public static void main(String[] args) throws IOException {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path csv = Path.of(System.getProperty("fer4j.shared.dir", "../shared")).resolve("data/fer2013/fer2013.csv.gz");
        List<double[]> measured = new ArrayList<>();
        int faces = 0;
        try (BlazeFaceDetector detector = BlazeFaceDetector.create();
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.US_ASCII))) {
            in.readLine();
            for (String line = in.readLine(); line != null && faces < limit; line = in.readLine()) {
                String[] fields = line.split(",");
                if (!fields[2].trim().equals("PublicTest")) {
                    continue;
                }
                faces++;
                List<Detection> found = detector.detect(canvas(fields[1]));
                if (!found.isEmpty()) {
                    measured.add(inFaceCoordinates(found.get(0)));
                }
            }
        }
        System.out.printf("detected %d of %d PublicTest faces%n", measured.size(), faces);
        String[] names = {"box side / 48", "box centre x - 24 (px of 48)", "box centre y - 24 (px of 48)", "eye roll (deg)",
            "eye line y (px of 48)", "eye distance (px of 48)", "mouth y (px of 48)"};
        for (int i = 0; i < names.length; i++) {
            final int column = i;
            double[] values = measured.stream().mapToDouble(m -> m[column]).sorted().toArray();
            System.out.printf("%-30s median %.3f  quartiles %.3f .. %.3f%n", names[i],
                    values[values.length / 2], values[values.length / 4], values[3 * values.length / 4]);
        }
        double[] side = measured.stream().mapToDouble(m -> m[0] * 48).sorted().toArray();
        double[] offset = measured.stream().mapToDouble(m -> -m[2] / (m[0] * 48)).sorted().toArray();
        System.out.printf("=> crop scale 48/box side = %.3f, vertical offset (24 - cy)/box side = %.3f%n",
                48 / side[side.length / 2], offset[offset.length / 2]);
    }

    /** The 48x48 face enlarged 4x in the middle of a mid-gray square twice its size. */
    private static Picture canvas(String pixels) {
        int face = 48 * ENLARGE;
        int side = 2 * face;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        int[] gray = Arrays.stream(pixels.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                raster.setSample(x, y, 0, 128);
            }
        }
        int origin = (side - face) / 2;
        for (int y = 0; y < face; y++) {
            for (int x = 0; x < face; x++) {
                raster.setSample(origin + x, origin + y, 0, sample(gray, (x + 0.5) / ENLARGE - 0.5, (y + 0.5) / ENLARGE - 0.5));
            }
        }
        return Picture.of(image);
    }

    private static int sample(int[] gray, double x, double y) {
        double cx = Math.max(0, Math.min(47, x));
        double cy = Math.max(0, Math.min(47, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(47, x0 + 1);
        int y1 = Math.min(47, y0 + 1);
        double ax = cx - x0;
        double ay = cy - y0;
        double top = gray[y0 * 48 + x0] * (1 - ax) + gray[y0 * 48 + x1] * ax;
        double bottom = gray[y1 * 48 + x0] * (1 - ax) + gray[y1 * 48 + x1] * ax;
        return (int) Math.round(top * (1 - ay) + bottom * ay);
    }

    /** {side/48, cx-24, cy-24, roll degrees, eye y, eye distance, mouth y} in 48x48 face pixels. */
    private static double[] inFaceCoordinates(Detection d) {
        double origin = 48 * ENLARGE / 2.0;
        double side = Math.max(d.box().width(), d.box().height()) / ENLARGE;
        double cx = (d.box().x() + d.box().width() / 2 - origin) / ENLARGE;
        double cy = (d.box().y() + d.box().height() / 2 - origin) / ENLARGE;
        var r = d.keypoint(FaceLandmark.RIGHT_EYE).orElseThrow();
        var l = d.keypoint(FaceLandmark.LEFT_EYE).orElseThrow();
        var m = d.keypoint(FaceLandmark.MOUTH).orElseThrow();
        double roll = Math.toDegrees(Math.atan2(l.y() - r.y(), l.x() - r.x()));
        double eyeY = ((r.y() + l.y()) / 2 - origin) / ENLARGE;
        double eyeDistance = Math.hypot(l.x() - r.x(), l.y() - r.y()) / ENLARGE;
        double mouthY = (m.y() - origin) / ENLARGE;
        return new double[] {side / 48, cx - 24, cy - 24, roll, eyeY, eyeDistance, mouthY};
    }
}
