#!/usr/bin/env bash
# The main job: builds fer4j (offline, from Maven Central only) and runs the embedded default model on the
# face images shipped in examples, printing per-face emotion scores, then on the shipped 3-second video clip
# (face detection, tracking, streaming LSTM), printing a per-second summary and writing target/demo-video.
set -euo pipefail
cd "$(dirname "$0")"
export DJL_OFFLINE=true
mvn -B -q install -DskipTests
mvn -B -q -pl examples exec:java
mvn -B -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.video.VideoEmotions -Dexec.args="--out target/demo-video"
