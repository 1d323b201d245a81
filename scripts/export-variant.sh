#!/usr/bin/env bash
# Copies the best epoch of a zoo-variant training run (scripts/train-variant.sh) into fer-models' resources,
# with its model card (provenance) and learning curve, so that EmotionRecognizer.pretrained(variant, ...) and
# ZooEnsemble serve it. The augmented CNN-RNN is the default model (EmotionRecognizer.pretrained()).
#
#   scripts/export-variant.sh cnn-rnn | cnn-attention | cnn-rnn-augmented
set -euo pipefail
cd "$(dirname "$0")/.."
VARIANT=${1:?usage: scripts/export-variant.sh <cnn-rnn|cnn-attention|cnn-rnn-augmented>}
RUN_DIR=${RUN_DIR:-training/$VARIANT}
RESOURCES=fer-models/src/main/resources/org/fer4j/models
case "$VARIANT" in
  cnn-rnn-augmented) OUT=$RESOURCES/default NAME=fer4j-default COMMAND=scripts/train-default.sh ;;
  cnn-rnn|cnn-attention) OUT=$RESOURCES/zoo/$VARIANT NAME=fer4j-$VARIANT COMMAND="scripts/train-variant.sh $VARIANT" ;;
  *) echo "unknown variant $VARIANT" >&2; exit 64 ;;
esac
mvn -B -q install -DskipTests
java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -jar fer-cli/target/fer4j.jar export \
 --variant "$VARIANT" --checkpoint-dir "$RUN_DIR" --out "$OUT" --name "$NAME" --seed 42 --command "$COMMAND"
