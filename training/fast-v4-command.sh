#!/bin/bash
# The fast model's fourth cosine cycle (issue 12 item 2, session 7): a warm restart of training/fast-soup-v2v3/model.params (shipped as the fast model in session 7: the
# mean of fast-v2's and fast-v3's best epochs: 64.64 % one pass, 65.37 % flip), with the three-network teacher of
# fast-v3 (its cached targets copied in), no random erasing, lr 5e-4 for 20 epochs, and seed 43 instead of 42, so
# that its data order differs and its weights are another member for averaging. Re-running it resumes from
# training/fast-v4. Build first: mvn -B -q install -DskipTests
# FER4J_JAR may point at a frozen copy of the jar so that rebuilds cannot touch the running JVM.
cd "$(dirname "$0")/.."
exec nice -n 10 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Xmx6g -Dai.djl.pytorch.num_threads=1 \
  -jar "${FER4J_JAR:-fer-cli/target/fer4j.jar}" train --variant cnn-rnn-augmented --channels 12,24,48,96 \
  --init-weights training/fast-soup-v2v3/model.params --erasing 0 \
  --teacher cnn-rnn-augmented,cnn-rnn,cnn-attention --temperature 4 --distill-weight 0.5 \
  --data ../shared/data/fer2013/fer2013.csv.gz --epochs 20 --batch 64 --lr 0.0005 --warmup 1 --weight-decay 0.02 \
  --smoothing 0.1 --seed 43 --checkpoint-dir training/fast-v4
