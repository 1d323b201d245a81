#!/usr/bin/env bash
# The main job: builds fer4j (offline, from Maven Central only) and runs the embedded default model on the
# face images shipped in examples, printing per-face emotion scores.
set -euo pipefail
cd "$(dirname "$0")"
export DJL_OFFLINE=true
mvn -B -q install -DskipTests
mvn -B -q -pl examples exec:java
