package org.fer4j.inference.photo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.fer4j.core.BoundingBox;

/** Draws analysed faces on a copy of their picture: each box with its top emotion and probability. */
public final class FaceAnnotator {

    private final Color colour;

    private FaceAnnotator(Color colour) {
        this.colour = colour;
    }

    /** Green boxes and labels. */
    public static FaceAnnotator create() {
        return new FaceAnnotator(Color.GREEN);
    }

    /** Boxes and labels in the given colour. */
    public static FaceAnnotator of(Color colour) {
        if (colour == null) {
            throw new IllegalArgumentException("An annotator needs a colour");
        }
        return new FaceAnnotator(colour);
    }

    /** An RGB copy of the picture with the faces drawn, line width and font scaled to its height. */
    public BufferedImage annotate(BufferedImage picture, List<AnalyzedFace> faces) {
        BufferedImage canvas = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float line = Math.max(2f, picture.getHeight() / 300f);
        g.setStroke(new BasicStroke(line));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, picture.getHeight() / 40)));
        g.setColor(colour);
        for (AnalyzedFace face : faces) {
            BoundingBox b = face.box();
            g.drawRect((int) Math.round(b.x()), (int) Math.round(b.y()), (int) Math.round(b.width()), (int) Math.round(b.height()));
            String label = String.format(Locale.ROOT, "%s %.0f%%", face.emotion().label(), 100 * face.scores().probability(face.emotion()));
            g.drawString(label, (float) b.x(), (float) Math.max(g.getFont().getSize(), b.y() - line));
        }
        g.dispose();
        return canvas;
    }
}
