#!/usr/bin/env bash
# Exports the three trained models shipped in fer-models (default = cnn-rnn-augmented, cnn-rnn, cnn-attention)
# from their DJL weights to ONNX, into fer-inference's resources:
#   fer-inference/src/main/resources/org/fer4j/inference/models/<variant-id>/model.onnx
# with labels and model card as metadata. Reproducible: the same weights give the same bytes (run it twice
# and `git status` shows no change). Builds only what it needs, offline; installs nothing.
#
#   scripts/export-onnx.sh [variant-id ...]      (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=fer-inference/src/main/resources/org/fer4j/inference/models
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -o -q -pl fer-models -am compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
export DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE
java -Dai.djl.offline=true -Doffline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "fer-models/target/classes:$(cat "$CP_FILE")" \
  org.fer4j.models.export.ExportShippedModels "$OUT" "$@"
