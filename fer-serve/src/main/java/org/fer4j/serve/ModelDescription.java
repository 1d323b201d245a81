package org.fer4j.serve;

import org.fer4j.core.EmotionModel;
import org.fer4j.inference.OnnxEmotionModel;

/** The {@code GET /v1/model} body: variant, labels, whether attention maps are sent, and the model card. */
final class ModelDescription {

    private ModelDescription() {}

    /** {@code {"variant":..,"source":..,"labels":[..],"attention":bool,"card":{..}|null}}. */
    static String of(EmotionModel model, String variant, boolean attention) {
        StringBuilder json = new StringBuilder("{\"variant\":").append(FaceJson.string(variant)).append(",\"labels\":[");
        for (int c = 0; c < model.labels().size(); c++) {
            json.append(c == 0 ? "" : ",").append(FaceJson.string(model.labels().get(c).label()));
        }
        json.append("],\"attention\":").append(attention);
        if (model instanceof OnnxEmotionModel onnx) {
            json.append(",\"source\":").append(FaceJson.string(onnx.source()))
                    .append(",\"inputSide\":").append(onnx.inputSide())
                    .append(",\"flipAveraging\":").append(onnx.flipAveraging())
                    .append(",\"card\":").append(onnx.card().toJson());
        } else {
            json.append(",\"source\":").append(FaceJson.string(model.toString())).append(",\"card\":null");
        }
        return json.append('}').toString();
    }
}
