package org.fer4j.examples.video;

import java.util.stream.Stream;
import org.fer4j.cli.Fer4j;

/**
 * Emotions of every face in a video: runs {@code fer4j video} with this program's arguments (see
 * {@code fer4j video --help}; without {@code --video} it reads a bundled 3-second clip): a
 * {@code VideoFileSource}, a model and an {@code EmotionPipeline} with its listeners.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.video.VideoEmotions \
 *   -Dexec.args="--video talk.mp4 --out out/talk"
 * </pre>
 */
public final class VideoEmotions {

    private VideoEmotions() {}

    /** Entry point: the options of {@code fer4j video}; exits with its code. */
    public static void main(String[] args) {
        Fer4j.main(Stream.concat(Stream.of("video"), Stream.of(args)).toArray(String[]::new));
    }
}
