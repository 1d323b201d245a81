#!/bin/bash
# Background training of the cnn-attention zoo variant: the arguments of scripts/train-variant.sh cnn-attention, frozen classes.
cd /work/main
exec env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Dai.djl.offline=true -Dai.djl.pytorch.graph_optimizer=false -Xmx8g \
  -cp "$(cat /work/fer4j-runs/cp-v5.txt)" org.fer4j.examples.TrainModel \
  --variant cnn-attention --data ../shared/data/fer2013/fer2013.csv.gz --epochs 20 --patience 5 --batch 64 --lr 0.001 --warmup 2 \
  --weight-decay 0.02 --smoothing 0.1 --seed 42 --checkpoint-dir /work/fer4j-runs/cnn-attention
