#!/usr/bin/env bash
# Copies the best epoch of a zoo-variant training run (scripts/train-variant.sh) into fer-models' resources,
# with its model card (provenance) and learning curve, so that EmotionRecognizer.pretrained(variant, ...) and
# ZooEnsemble serve it. The augmented CNN-RNN is the default model (EmotionRecognizer.pretrained()).
#
#   scripts/export-variant.sh cnn-rnn | cnn-attention | cnn-rnn-augmented | fast
# Then scripts/export-onnx.sh writes its ONNX twin into fer-inference. The fast model is the mean of the best
# epochs of its last two cycles (fast-v2, fast-v3): averaging them scored higher than either alone.
set -euo pipefail
cd "$(dirname "$0")/.."
VARIANT=${1:?usage: scripts/export-variant.sh <cnn-rnn|cnn-attention|cnn-rnn-augmented|fast>}
RESOURCES=fer-models/src/main/resources/org/fer4j/models
case "$VARIANT" in
  cnn-rnn-augmented) OUT=$RESOURCES/default NAME=fer4j-default COMMAND=scripts/train-default.sh ;;
  cnn-rnn|cnn-attention) OUT=$RESOURCES/zoo/$VARIANT NAME=fer4j-$VARIANT COMMAND="scripts/train-variant.sh $VARIANT" ;;
  fast) OUT=$RESOURCES/zoo/fast NAME=fer4j-fast DEFAULT_RUN=training/fast-v3
    AVERAGE=(--average-weights training/fast-v2/best.params,training/fast-v3/best.params)
    COMMAND="training/fast-distilled-command.sh (60 epochs), then training/fast-v2-command.sh (20 more from its best epoch), then training/fast-v3-command.sh (20 more from that, distilled from the three-network average)" ;;
  *) echo "unknown variant $VARIANT" >&2; exit 64 ;;
esac
RUN_DIR=${RUN_DIR:-${DEFAULT_RUN:-training/$VARIANT}}
mvn -B -q install -DskipTests
java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -jar fer-cli/target/fer4j.jar export \
 --variant "$VARIANT" --checkpoint-dir "$RUN_DIR" --out "$OUT" --name "$NAME" --seed 42 --command "$COMMAND" \
 ${AVERAGE[@]+"${AVERAGE[@]}"}
