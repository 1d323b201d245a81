#!/usr/bin/env bash
# Copies the best epoch of a default-model training run into fer-models' resources, with its model card
# (provenance) and learning curve, so that EmotionRecognizer.pretrained() serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=${RUN_DIR:-training/cnn-rnn-augmented}
OUT=fer-models/src/main/resources/org/fer4j/models/default
mvn -B -q install -DskipTests
mvn -B -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.ExportModel -Dexec.args="\
 --variant cnn-rnn-augmented --checkpoint-dir $RUN_DIR --out $OUT --name fer4j-default --seed 42 \
 --command scripts/train-default.sh"
