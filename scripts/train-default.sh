#!/usr/bin/env bash
# Trains (or resumes) the shipped default model: the cnn-rnn-augmented zoo variant on FER2013 Training,
# selected on PublicTest. Re-run the same command to resume after an interruption: every epoch is an
# atomic checkpoint in $RUN_DIR. Then run scripts/export-default.sh to ship the best epoch.
set -euo pipefail
export DJL_OFFLINE=true
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/fer2013/fer2013.csv.gz}
RUN_DIR=${RUN_DIR:-training/cnn-rnn-augmented}
mvn -B -q install -DskipTests
mkdir -p "$RUN_DIR"
mvn -B -q -pl examples exec:java -Dexec.mainClass=org.fer4j.examples.TrainModel -Dexec.args="\
 --variant cnn-rnn-augmented --data $DATA --epochs 60 --batch 64 --lr 0.001 --warmup 2 \
 --weight-decay 0.02 --smoothing 0.1 --seed 42 --checkpoint-dir $RUN_DIR" 2>&1 | tee -a "$RUN_DIR/train.log"
