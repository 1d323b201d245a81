package org.fer4j.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * Converts the raw four-channel raster of a CMYK or YCCK JPEG to RGB, which ImageIO either refuses
 * ("Unsupported Image Type") or converts with the wrong brightness. The conversion is the
 * profile-free device formula {@code R = (1 - C)(1 - K)}: colours are approximate, luminance is
 * close to the RGB original. An Adobe APP14 marker means the channels are stored inverted (as
 * Photoshop writes them) and, with transform 2, as YCCK (YCbCr of the inks).
 */
final class FourChannelJpeg {

    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";
    private static final int ADOBE_YCCK = 2;

    /** How the four stored channels encode ink. */
    private enum Encoding {
        /** Plain CMYK, 0 = no ink (no Adobe marker). */
        CMYK,
        /** Inverted CMYK, 255 = no ink (Adobe marker, transform 0). */
        INVERTED_CMYK,
        /** YCbCr of the C, M, Y inks plus inverted K (Adobe marker, transform 2). */
        YCCK
    }

    private final Encoding encoding;

    private FourChannelJpeg(Encoding encoding) {
        this.encoding = encoding;
    }

    /** The converter for a JPEG whose native metadata declares four components, or null for any other picture. */
    static FourChannelJpeg of(IIOMetadata metadata) {
        if (metadata == null || !java.util.Arrays.asList(metadata.getMetadataFormatNames()).contains(NATIVE_FORMAT)) {
            return null;
        }
        Node tree = metadata.getAsTree(NATIVE_FORMAT);
        Node sof = find(tree, "sof");
        if (sof == null || count(sof, "componentSpec") != 4) {
            return null;
        }
        Node adobe = find(tree, "app14Adobe");
        if (adobe == null) {
            return new FourChannelJpeg(Encoding.CMYK);
        }
        Node transform = adobe.getAttributes().getNamedItem("transform");
        boolean ycck = transform != null && Integer.parseInt(transform.getNodeValue()) == ADOBE_YCCK;
        return new FourChannelJpeg(ycck ? Encoding.YCCK : Encoding.INVERTED_CMYK);
    }

    /** The RGB picture of a raw four-band raster. */
    BufferedImage toRgb(Raster raw) {
        int w = raw.getWidth();
        int h = raw.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[4];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raw.getPixel(raw.getMinX() + x, raw.getMinY() + y, px);
                row[x] = pack(px);
            }
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }

    private int pack(int[] px) {
        float c;
        float m;
        float yellow;
        float keep;
        switch (encoding) {
            case CMYK -> {
                c = 255 - px[0];
                m = 255 - px[1];
                yellow = 255 - px[2];
                keep = 255 - px[3];
            }
            case INVERTED_CMYK -> {
                c = px[0];
                m = px[1];
                yellow = px[2];
                keep = px[3];
            }
            default -> {
                float luma = px[0];
                float cb = px[1] - 128f;
                float cr = px[2] - 128f;
                // libjpeg encodes YCCK from 255 - stored, i.e. from the ink: decoding gives the ink back.
                c = 255 - (luma + 1.402f * cr);
                m = 255 - (luma - 0.344136f * cb - 0.714136f * cr);
                yellow = 255 - (luma + 1.772f * cb);
                keep = px[3];
            }
        }
        return channel(c * keep / 255f) << 16 | channel(m * keep / 255f) << 8 | channel(yellow * keep / 255f);
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int count(Node node, String name) {
        int n = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (name.equals(child.getNodeName())) {
                n++;
            }
        }
        return n;
    }
}
