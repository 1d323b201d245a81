package org.fer4j.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.fer4j.core.EmotionModel;
import org.fer4j.models.EmotionRecognizer;
import org.fer4j.models.zoo.Variant;
import org.fer4j.models.zoo.ZooEnsemble;

/** Models on DJL's PyTorch engine: fer-models' {@link EmotionRecognizer}s and {@link ZooEnsemble}s, on the CPU. */
final class PyTorchRuntime implements ModelRuntime {

    /** {@inheritDoc} A path is a directory written by {@code EmotionRecognizer.save}. */
    @Override
    public EmotionModel open(String model, boolean flip) throws IOException {
        Optional<Variant> shipped = Variant.find(model);
        if (shipped.isPresent()) {
            return EmotionRecognizer.pretrained(shipped.get(), Device.cpu(), flip);
        }
        return switch (model) {
            case DEFAULT -> EmotionRecognizer.pretrained(Device.cpu(), flip);
            case ENSEMBLE -> ZooEnsemble.pretrained(ZooEnsemble.RECOMMENDED, Device.cpu(), flip);
            default -> EmotionRecognizer.load(Path.of(model), Device.cpu(), flip);
        };
    }
}
