#!/bin/bash
# Background training of the fast model candidate (issue 12 item 2): the default topology at 12/24/48/96 channels
# (33 MFLOP per face), distilled from the shipped default on ONNX Runtime (T = 4, weight 0.5), seed 42, frozen jar.
# Re-running it resumes from its checkpoint directory (teacher targets cached there).
cd "$(dirname "$0")/.."
exec nice -n 10 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Xmx6g -Dai.djl.pytorch.num_threads=1 \
  -jar fer-cli/target/fer4j.jar train --variant cnn-rnn-augmented --channels 12,24,48,96 \
  --teacher default --temperature 4 --distill-weight 0.5 \
  --data ../shared/data/fer2013/fer2013.csv.gz --epochs 60 --batch 64 --lr 0.001 --warmup 2 --weight-decay 0.02 \
  --smoothing 0.1 --seed 42 --checkpoint-dir training/fast-distilled
