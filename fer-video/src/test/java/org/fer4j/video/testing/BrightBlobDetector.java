package org.fer4j.video.testing;

import java.util.List;
import org.fer4j.core.BoundingBox;
import org.fer4j.core.face.Detection;
import org.fer4j.core.face.FaceDetector;
import org.fer4j.core.image.Picture;

/**
 * Test double for synthetic videos: reports the bounding box of all pixels brighter than a
 * threshold as one face, or nothing when there are none.
 */
public final class BrightBlobDetector implements FaceDetector {

    private static final int THRESHOLD = 80;

    @Override
    public List<Detection> detect(Picture picture) {
        byte[] luma = picture.luma();
        int w = picture.width();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < luma.length; i++) {
            if ((luma[i] & 0xFF) > THRESHOLD) {
                int x = i % w;
                int y = i / w;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        if (maxX < 0) {
            return List.of();
        }
        return List.of(new Detection(new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1), 1f));
    }

    @Override
    public void close() {}
}
