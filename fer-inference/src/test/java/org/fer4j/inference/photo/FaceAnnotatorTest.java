package org.fer4j.inference.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.EmotionScores;
import org.fer4j.core.LabelSet;
import org.fer4j.core.face.Detection;
import org.junit.jupiter.api.Test;

class FaceAnnotatorTest {

    @Test
    void drawsEachBoxOnACopyAndLeavesTheOriginalAlone() {
        BufferedImage gray = new BufferedImage(200, 150, BufferedImage.TYPE_BYTE_GRAY);
        float[] p = new float[7];
        p[3] = 1f;
        AnalyzedFace face = new AnalyzedFace(new Detection(new BoundingBox(50, 40, 60, 60), 0.9f), EmotionScores.of(LabelSet.FER2013, p));

        BufferedImage drawn = FaceAnnotator.of(Color.RED).annotate(gray, List.of(face));

        assertThat(drawn).isNotSameAs(gray);
        assertThat(new Color(drawn.getRGB(80, 40)).getRed()).isGreaterThan(200);
        assertThat(new Color(drawn.getRGB(80, 70)).getRed()).as("inside the box").isZero();
        assertThat(gray.getRaster().getSample(80, 40, 0)).isZero();
    }
}
