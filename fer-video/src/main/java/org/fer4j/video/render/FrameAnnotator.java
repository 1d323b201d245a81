package org.fer4j.video.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.Emotion;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.FaceResult;
import org.fer4j.video.stream.FrameResult;

/**
 * Draws a frame's results onto a copy of it with Java2D: each face's box in its emotion's colour and
 * a label {@code "#<track> <emotion> <probability>"} from the smoothed scores.
 */
public final class FrameAnnotator {

    private static final Map<Emotion, Color> COLOURS = colours();

    private final float lineWidth;
    private final int fontSize;

    /** An annotator with line width and font size scaled to the frame height. */
    public FrameAnnotator() {
        this(0, 0);
    }

    /** An annotator with a fixed line width and font size (0 for each means scale to the frame). */
    public FrameAnnotator(float lineWidth, int fontSize) {
        if (lineWidth < 0 || fontSize < 0) {
            throw new IllegalArgumentException("Line width and font size must be >= 0, got " + lineWidth + " and " + fontSize);
        }
        this.lineWidth = lineWidth;
        this.fontSize = fontSize;
    }

    /** A new BGR image: the frame with every face of the result drawn on it. */
    public BufferedImage annotate(VideoFrame frame, FrameResult result) {
        BufferedImage source = frame.image();
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int height = source.getHeight();
            g.setStroke(new BasicStroke(lineWidth > 0 ? lineWidth : Math.max(1f, height / 180f)));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize > 0 ? fontSize : Math.max(10, height / 24)));
            for (FaceResult face : result.faces()) {
                drawFace(g, face);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The colour a face box of this emotion is drawn in. */
    public static Color colourOf(Emotion emotion) {
        return COLOURS.get(emotion);
    }

    private static void drawFace(Graphics2D g, FaceResult face) {
        BoundingBox box = face.box();
        Color colour = colourOf(face.emotion());
        int x = (int) Math.round(box.x());
        int y = (int) Math.round(box.y());
        g.setColor(colour);
        g.drawRect(x, y, (int) Math.round(box.width()), (int) Math.round(box.height()));
        String label = String.format(Locale.ROOT, "#%d %s %.2f", face.trackId(), face.emotion().label(), face.confidence());
        FontMetrics metrics = g.getFontMetrics();
        int textWidth = metrics.stringWidth(label) + 6;
        int textHeight = metrics.getHeight();
        int labelY = y - textHeight >= 0 ? y - textHeight : y;
        g.fillRect(x, labelY, textWidth, textHeight);
        g.setColor(luminance(colour) > 140 ? Color.BLACK : Color.WHITE);
        g.drawString(label, x + 3, labelY + metrics.getAscent());
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static Map<Emotion, Color> colours() {
        Map<Emotion, Color> map = new EnumMap<>(Emotion.class);
        map.put(Emotion.ANGRY, new Color(220, 40, 40));
        map.put(Emotion.DISGUST, new Color(110, 160, 40));
        map.put(Emotion.FEAR, new Color(150, 70, 200));
        map.put(Emotion.HAPPY, new Color(255, 200, 0));
        map.put(Emotion.SAD, new Color(40, 110, 230));
        map.put(Emotion.SURPRISE, new Color(255, 130, 30));
        map.put(Emotion.NEUTRAL, new Color(200, 200, 200));
        map.put(Emotion.CONTEMPT, new Color(150, 100, 60));
        return map;
    }
}
