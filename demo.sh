#!/usr/bin/env bash
# The main job: builds fer4j (offline, from Maven Central only), then
#  1. the photo API with the embedded default model on ONNX Runtime: every face of the shipped pictures (single
#     faces and two group pictures) with its emotion and box; annotated copies in examples/target/demo-photos;
#  2. the shipped 3-second video clip through detection, tracking and the streaming LSTM (ONNX Runtime), a per-second summary
#     and outputs in examples/target/demo-video.
set -euo pipefail
cd "$(dirname "$0")"
export DJL_OFFLINE=true
mvn -B -q install -DskipTests
mvn -B -q -pl examples exec:java
mvn -B -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.video.VideoEmotions -Dexec.args="--runtime onnx --out target/demo-video"
