package org.fer4j.serve;

import java.awt.image.BufferedImage;
import org.fer4j.core.image.BadPictureException;
import org.fer4j.core.image.PictureDecoder;

/**
 * Turns uploaded bytes into a picture under the server's limits, or an {@link ApiException} naming the
 * problem: 400 empty, 413 too many bytes or pixels, 415 not a (readable) image.
 */
final class UploadCheck {

    private final ServeLimits limits;
    private final PictureDecoder decoder;

    UploadCheck(ServeLimits limits) {
        this.limits = limits;
        this.decoder = PictureDecoder.builder().optMaxBytes(limits.maxUploadBytes()).optMaxPixels(limits.maxPixels()).build();
    }

    /** The decoded picture of {@code bytes}; {@code what} names it in messages ("upload", "frame 12"). */
    BufferedImage decode(byte[] bytes, String what) {
        if (bytes == null || bytes.length == 0) {
            throw new ApiException(400, what + " is empty: send the picture's bytes (PNG, JPEG, BMP, GIF) as the body"
                    + " or as a multipart file");
        }
        if (bytes.length > limits.maxUploadBytes()) {
            throw new ApiException(413, what + " is too large: " + bytes.length + " bytes, over the limit of "
                    + limits.maxUploadBytes() + " bytes");
        }
        try {
            return decoder.decode(bytes, what);
        } catch (BadPictureException e) {
            boolean tooMany = e.problem().contains("pixels, over the limit");
            throw new ApiException(tooMany ? 413 : 415, tooMany
                    ? what + " has too many pixels: " + e.problem()
                    : what + " is not an image: " + e.problem());
        }
    }
}
