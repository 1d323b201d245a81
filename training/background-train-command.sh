#!/bin/bash
# Background training of the default model (resumes from its checkpoint when re-run).
cd /work/main
exec nice -n -5 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -Xmx8g \
  -cp "$(cat /work/fer4j-runs/cp-frozen.txt | sed 's#classes-v1#/work/fer4j-runs/classes-v1#; s#jars-v1/#/work/fer4j-runs/jars-v1/#g')" \
  org.fer4j.examples.TrainModel --variant cnn-rnn-augmented --epochs 60 --batch 64 --lr 0.001 --warmup 2 \
  --weight-decay 0.02 --smoothing 0.1 --seed 42 --checkpoint-dir /work/fer4j-runs/cnn-rnn-augmented
