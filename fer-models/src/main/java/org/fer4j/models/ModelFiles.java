package org.fer4j.models;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fer4j.core.LabelSet;
import org.fer4j.core.ModelCard;

/**
 * The on-disk layout of a saved model: {@value #DESCRIPTOR} holds the architecture and the model
 * card as JSON, {@value #PARAMETERS} the DJL block parameters. The spec's {@code regionSequence} is
 * written only when on and read as off when absent, so descriptors of earlier architectures are
 * unchanged and still load.
 */
final class ModelFiles {

    static final String DESCRIPTOR = "model.json";
    static final String PARAMETERS = "model.params";

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    private ModelFiles() {}

    /** The descriptor: spec and card. */
    record Descriptor(ModelSpec spec, ModelCard card) {}

    static String toJson(ModelSpec spec, ModelCard card) {
        JsonObject root = new JsonObject();
        root.addProperty("format", "fer4j-model/1");
        JsonObject s = new JsonObject();
        s.addProperty("labels", spec.labels().toString());
        s.addProperty("inputSide", spec.inputSide());
        s.add("channels", GSON.toJsonTree(spec.channels()));
        s.addProperty("convsPerStage", spec.convsPerStage());
        s.addProperty("featureSize", spec.featureSize());
        s.addProperty("hiddenSize", spec.hiddenSize());
        s.addProperty("dropout", spec.dropout());
        s.addProperty("attention", spec.attention());
        s.addProperty("temporal", spec.temporal().name());
        if (spec.regionSequence()) {
            s.addProperty("regionSequence", true);
        }
        root.add("spec", s);
        root.add("card", JsonParser.parseString(card.toJson()));
        return GSON.toJson(root);
    }

    static Descriptor fromJson(Reader reader, String source) throws IOException {
        try {
            JsonObject root = GSON.fromJson(reader, JsonObject.class);
            if (root == null || !"fer4j-model/1".equals(root.get("format").getAsString())) {
                throw new IOException(source + " is not a fer4j model descriptor (format fer4j-model/1)");
            }
            JsonObject s = root.getAsJsonObject("spec");
            ModelSpec spec = ModelSpec.builder()
                    .optLabels(LabelSet.parse(s.get("labels").getAsString()))
                    .optInputSide(s.get("inputSide").getAsInt())
                    .optChannels(GSON.fromJson(s.get("channels"), int[].class))
                    .optConvsPerStage(s.get("convsPerStage").getAsInt())
                    .optFeatureSize(s.get("featureSize").getAsInt())
                    .optHiddenSize(s.get("hiddenSize").getAsInt())
                    .optDropout(s.get("dropout").getAsFloat())
                    .optAttention(s.get("attention").getAsBoolean())
                    .optTemporal(Temporal.valueOf(s.get("temporal").getAsString()))
                    .optRegionSequence(s.has("regionSequence") && s.get("regionSequence").getAsBoolean())
                    .build();
            ModelCard card = ModelCard.fromJson(root.getAsJsonObject("card").toString());
            return new Descriptor(spec, card);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException | IllegalStateException e) {
            throw new IOException(source + " is malformed: " + e.getMessage(), e);
        }
    }

    static Descriptor read(Path dir) throws IOException {
        Path file = dir.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException(dir + " is not a saved fer4j model: it has no " + DESCRIPTOR);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromJson(reader, file.toString());
        }
    }
}
