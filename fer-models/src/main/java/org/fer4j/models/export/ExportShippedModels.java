package org.fer4j.models.export;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.Variant;

/**
 * Exports the trained models shipped in fer-models (the default and the other zoo variants) to
 * {@code <output root>/<variant id>/model.onnx}, each with its labels and model card inside; the
 * same weights always give the same bytes. {@code scripts/export-onnx.sh} runs it into fer-inference's
 * resources.
 *
 * <pre>
 * java ... org.fer4j.models.export.ExportShippedModels &lt;output root&gt; [variant id ...]
 * </pre>
 */
public final class ExportShippedModels {

    private ExportShippedModels() {}

    /** Positional arguments: the output root, then optionally the variant ids to export (default: all). */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExportShippedModels <output root> [cnn-rnn-augmented|cnn-rnn|cnn-attention|fast ...]");
            System.exit(64);
        }
        Path root = Path.of(args[0]);
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            variants.add(Variant.parse(args[i]));
        }
        for (Variant variant : variants.isEmpty() ? List.of(Variant.values()) : variants) {
            Path file = export(variant, root);
            System.out.println(variant.id() + " -> " + file);
        }
    }

    /** Exports one shipped variant under {@code root}; returns the file written. */
    public static Path export(Variant variant, Path root) throws IOException {
        Path file = root.resolve(variant.id()).resolve("model.onnx");
        try (EmotionRecognizer recognizer = EmotionRecognizer.pretrained(variant, Device.cpu(), false)) {
            OnnxExporter.builder().setRecognizer(recognizer).build().export(file);
        }
        return file;
    }
}
