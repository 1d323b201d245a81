#!/bin/bash
# The stronger-default candidate (issue 12): a warm restart of the shipped default (epoch 59 of the cnn-rnn-augmented
# run) for a second cosine cycle, same augmentation and seed. Session 4 ran the same arguments through the (since
# removed) examples TrainModel from frozen classes; `fer4j train` builds the same checkpoint fingerprint, so this
# resumes training/default-v2/last.ckpt. Build first: mvn -B -q install -DskipTests
cd "$(dirname "$0")/.."
exec nice -n 10 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Xmx8g -jar fer-cli/target/fer4j.jar train \
  --variant cnn-rnn-augmented --init-weights training/cnn-rnn-augmented/best.params \
  --data ../shared/data/fer2013/fer2013.csv.gz --epochs 30 --batch 64 --lr 0.0005 --warmup 1 --weight-decay 0.02 \
  --smoothing 0.1 --seed 42 --checkpoint-dir training/default-v2
