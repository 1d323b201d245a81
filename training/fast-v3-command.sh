#!/bin/bash
# The fast model's third cosine cycle (issue 12 item 2, session 7): a warm restart of training/fast-v2's best epoch
# (16 of 20: 64.56 % one pass, 64.86 % flip, as shipped), now distilled from the average of the three shipped
# networks on ONNX Runtime (68.38 % on PublicTest with flip, against the default's 67.37 % that taught fast-v2;
# T = 4, weight 0.5; the same teacher as training/default-v3, so its cached targets can be copied in), no random
# erasing, lr 5e-4 for 20 epochs, seed 42. Re-running it resumes from training/fast-v3.
# Build first: mvn -B -q install -DskipTests
# FER4J_JAR may point at a frozen copy of the jar so that rebuilds cannot touch the running JVM.
cd "$(dirname "$0")/.."
exec nice -n 10 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Xmx6g -Dai.djl.pytorch.num_threads=1 \
  -jar "${FER4J_JAR:-fer-cli/target/fer4j.jar}" train --variant cnn-rnn-augmented --channels 12,24,48,96 \
  --init-weights training/fast-v2/best.params --erasing 0 \
  --teacher cnn-rnn-augmented,cnn-rnn,cnn-attention --temperature 4 --distill-weight 0.5 \
  --data ../shared/data/fer2013/fer2013.csv.gz --epochs 20 --batch 64 --lr 0.0005 --warmup 1 --weight-decay 0.02 \
  --smoothing 0.1 --seed 42 --checkpoint-dir training/fast-v3
