package org.fer4j.cli.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fer4j.core.EmotionModel;
import org.fer4j.core.Progress;
import org.fer4j.video.render.CsvResultWriter;
import org.fer4j.video.render.FrameAnnotator;
import org.fer4j.video.render.JsonLinesResultWriter;
import org.fer4j.video.render.PngFrameWriter;
import org.fer4j.video.source.FrameSource;
import org.fer4j.video.source.VideoFrame;
import org.fer4j.video.stream.EmotionListener;
import org.fer4j.video.stream.EmotionPipeline;
import org.fer4j.video.stream.FrameResult;

/**
 * One run of the whole path (decode, detect, track, classify) over a frame source, printing a
 * per-second summary and the throughput, and writing {@code results.csv}, {@code results.jsonl}
 * and a few annotated {@code frame_NNNNNN.png} into an output folder. Ctrl+C stops it cleanly
 * after the current frame, with the files complete.
 */
final class EmotionRun {

    private final FrameSource source;
    private final EmotionModel model;
    private final Path out;
    private final long maxFrames;
    private final int pngEvery;
    private final Progress progress;
    private volatile boolean stopRequested;

    /**
     * Prepares a run.
     *
     * @param source where frames come from
     * @param model the model scoring each tracked face
     * @param out the output folder, or null to write nothing
     * @param maxFrames the most frames to process (0: all)
     * @param pngEvery write every n-th frame as an annotated PNG
     * @param progress told the frames done (its maximum already set), or null
     */
    EmotionRun(FrameSource source, EmotionModel model, Path out, long maxFrames, int pngEvery, Progress progress) {
        this.source = source;
        this.model = model;
        this.out = out;
        this.maxFrames = maxFrames == 0 ? Long.MAX_VALUE : maxFrames;
        this.pngEvery = Math.max(1, pngEvery);
        this.progress = progress;
    }

    /** Runs to the end of the source, {@code maxFrames} or Ctrl+C, whichever comes first; returns the frames processed. */
    long run() throws IOException {
        PerSecondSummary summary = new PerSecondSummary(model.labels(), System.out);
        TimedOutputs outputs = new TimedOutputs();
        if (out != null) {
            Files.createDirectories(out);
        }
        Thread main = Thread.currentThread();
        Thread stopper = new Thread(() -> {
            stopRequested = true;
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        long frames = 0;
        long start = System.nanoTime();
        try (CsvResultWriter csv = out == null ? null : new CsvResultWriter(out.resolve("results.csv"), model.labels());
                JsonLinesResultWriter jsonl = out == null ? null : new JsonLinesResultWriter(out.resolve("results.jsonl"));
                EmotionPipeline pipeline = EmotionPipeline.builder()
                        .setSource(source)
                        .setModel(model)
                        .addListener(summary)
                        .addListener(outputs)
                        .build()) {
            if (out != null) {
                outputs.add(csv);
                outputs.add(jsonl);
                outputs.add(new PngFrameWriter(out, new FrameAnnotator(), pngEvery));
            }
            while (frames < maxFrames && !stopRequested && pipeline.step().isPresent()) {
                frames++;
                if (progress != null) {
                    progress.update(frames);
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException("Cannot write results into " + out + ": " + e.getMessage(), e);
        } finally {
            if (progress != null) {
                progress.end();
            }
            if (!stopRequested) {
                Runtime.getRuntime().removeShutdownHook(stopper);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        summary.finish();
        double pipelineSeconds = seconds - outputs.nanos / 1e9;
        System.out.printf(Locale.ROOT,
                "%d frames from %s in %.2f s: %.1f frames/s for decode + detect + track + classify"
                        + " (%.1f frames/s including writing the outputs, which took %.2f s)%n",
                frames, source.description(), seconds, frames / pipelineSeconds, frames / seconds, outputs.nanos / 1e9);
        if (out != null) {
            System.out.println("Wrote " + out.resolve("results.csv") + ", " + out.resolve("results.jsonl")
                    + " and one frame in " + pngEvery + " as an annotated PNG into " + out);
        }
        return frames;
    }

    /** Passes frames on to the output writers and adds up the time they take. */
    private static final class TimedOutputs implements EmotionListener {
        private final List<EmotionListener> writers = new ArrayList<>();
        long nanos;

        void add(EmotionListener writer) {
            writers.add(writer);
        }

        @Override
        public void onFrame(FrameResult result, VideoFrame frame) {
            long start = System.nanoTime();
            for (EmotionListener writer : writers) {
                writer.onFrame(result, frame);
            }
            nanos += System.nanoTime() - start;
        }
    }
}
