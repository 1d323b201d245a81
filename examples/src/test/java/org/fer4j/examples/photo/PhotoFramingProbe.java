package org.fer4j.examples.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fer4j.core.Emotion;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.GrayImage;
import org.fer4j.core.face.Detection;
import org.fer4j.core.image.Picture;
import org.fer4j.core.image.PictureDecoder;
import org.fer4j.core.preprocess.FacePreprocessor;
import org.fer4j.detect.BlazeFaceDetector;
import org.fer4j.detect.FaceAligner;
import org.fer4j.models.EmotionRecognizer;

/**
 * Emotion accuracy of the default PyTorch model on the shared labelled face photos, for several
 * ways of cutting the face out: the whole picture (the README's old way), the video pipeline's
 * square x1.2 box, the FER2013 framing measured by {@code Fer2013FramingProbe} with and without
 * levelled eyes, and a sweep of scale and vertical offset. Each face is also scored turned by
 * +-20 degrees, where levelling the eyes matters. Run as a program (no arguments).
 */
final class PhotoFramingProbe {

    private PhotoFramingProbe() {}

    /** One labelled face with its detection in the upright and the two turned pictures. */
    record Sample(Emotion label, Picture[] pictures, Detection[] faces) {}

    /** Prints the accuracy table. */
    public static void main(String[] args) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (BlazeFaceDetector detector = BlazeFaceDetector.create()) {
            for (Map.Entry<Path, Emotion> entry : SharedPhotoSet.labelledFaces().entrySet()) {
                BufferedImage image = PictureDecoder.defaults().decode(entry.getKey());
                Picture[] pictures = {Picture.of(image), Picture.of(turned(image, 20)), Picture.of(turned(image, -20))};
                Detection[] faces = new Detection[3];
                for (int i = 0; i < 3; i++) {
                    List<Detection> found = detector.detect(pictures[i]);
                    faces[i] = found.isEmpty() ? null : found.get(0);
                }
                samples.add(new Sample(entry.getValue(), pictures, faces));
            }
        }
        long detected = samples.stream().filter(s -> s.faces()[0] != null).count();
        long detectedTurned = samples.stream().mapToLong(s -> (s.faces()[1] != null ? 1 : 0) + (s.faces()[2] != null ? 1 : 0)).sum();
        System.out.printf("%d faces, BlazeFace found %d upright and %d of %d turned%n",
                samples.size(), detected, detectedTurned, 2 * samples.size());
        try (EmotionModel model = EmotionRecognizer.pretrained()) {
            FacePreprocessor whole = new FacePreprocessor();
            int right = 0;
            for (Sample s : samples) {
                right += model.predict(whole.face(s.pictures()[0].image())).top() == s.label() ? 1 : 0;
            }
            System.out.printf("whole picture as the face: %d of %d%n", right, samples.size());
            Map<String, FaceAligner> aligners = new LinkedHashMap<>();
            aligners.put("video square x1.2, not levelled", FaceAligner.builder().optScale(1.2).optVerticalOffset(0).optLevelEyes(false).build());
            aligners.put("FER2013 framing, not levelled", FaceAligner.builder().optLevelEyes(false).build());
            aligners.put("FER2013 framing, eyes levelled (default)", FaceAligner.create());
            for (Map.Entry<String, FaceAligner> a : aligners.entrySet()) {
                System.out.printf("%-42s upright %s   turned +-20 deg %s%n", a.getKey(), score(model, a.getValue(), samples, 0),
                        score(model, a.getValue(), samples, 1) + " " + score(model, a.getValue(), samples, 2));
            }
            System.out.println("sweep, eyes levelled, upright faces: scale x vertical offset (box sides)");
            double[] offsets = {-0.2, -0.15, -0.1, -0.05, 0, 0.05};
            for (double scale : new double[] {1.0, 1.1, 1.16, 1.2, 1.3, 1.4, 1.5}) {
                StringBuilder row = new StringBuilder(String.format("scale %.2f:", scale));
                for (double offset : offsets) {
                    FaceAligner aligner = FaceAligner.builder().optScale(scale).optVerticalOffset(offset).build();
                    row.append(String.format("  %+.2f %s", offset, score(model, aligner, samples, 0)));
                }
                System.out.println(row);
            }
        }
    }

    /** Right answers over detected faces of one picture variant (0 upright, 1 and 2 turned). */
    private static String score(EmotionModel model, FaceAligner aligner, List<Sample> samples, int variant) {
        List<GrayImage> crops = new ArrayList<>();
        List<Emotion> labels = new ArrayList<>();
        for (Sample s : samples) {
            if (s.faces()[variant] != null) {
                crops.add(aligner.crop(s.pictures()[variant], s.faces()[variant]));
                labels.add(s.label());
            }
        }
        var scores = model.predictAll(crops);
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += scores.get(i).top() == labels.get(i) ? 1 : 0;
        }
        return right + "/" + labels.size();
    }

    /** The picture turned by {@code degrees} about its centre, on a canvas of the same size (edges repeated by the aligner). */
    static BufferedImage turned(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }
}
