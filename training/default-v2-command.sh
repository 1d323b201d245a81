#!/bin/bash
# Background training of the stronger default candidate (issue 12): a warm restart of the shipped default
# (epoch 59 of the cnn-rnn-augmented run) for a second cosine cycle, same augmentation and seed, frozen classes.
# Re-running it resumes from /work/fer4j-runs/default-v2/last.ckpt.
cd /work/main
CP=$(ls /work/fer4j-runs/frozen-v2/jars/*.jar | tr '\n' ':')/work/fer4j-runs/frozen-v2/classes
exec nice -n 19 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -Xmx8g \
  -cp "$CP" org.fer4j.examples.TrainModel --variant cnn-rnn-augmented \
  --init-weights training/cnn-rnn-augmented/best.params --data ../shared/data/fer2013/fer2013.csv.gz \
  --epochs 30 --batch 64 --lr 0.0005 --warmup 1 --weight-decay 0.02 --smoothing 0.1 --seed 42 \
  --checkpoint-dir /work/fer4j-runs/default-v2
