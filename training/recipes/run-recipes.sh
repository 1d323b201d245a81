#!/bin/bash
# Equal-budget recipe comparison (issue 12): the fast topology (12/24/48/96 channels, 33.8 MFLOP), no distillation,
# seed 42, 3 epochs of at most 300 steps of 64 faces (19,200 faces per epoch), 1 warm-up epoch then cosine decay.
# Each run is then exported and scored on PublicTest one pass, with flip, and with flip + multi-crop.
cd "$(dirname "$0")"   # session 5 ran it from a scratch copy, /work/fer4j-runs/recipes
JAR=${JAR:-../../fer-cli/target/fer4j.jar}   # session 5: a frozen copy of the jar built from commit e6e0d11
DATA=${DATA:-../../../shared/data/fer2013/fer2013.csv.gz}
COMMON="--variant cnn-rnn-augmented --channels 12,24,48,96 --data $DATA --epochs 3 --max-steps 300 --batch 64 --warmup 1 --seed 42"
run() {
  name=$1; shift
  if [ ! -f $name/done ]; then
    nice -n 19 env DJL_OFFLINE=true OMP_WAIT_POLICY=PASSIVE java -Xmx4g -Dai.djl.pytorch.num_threads=1 -jar $JAR train \
      $COMMON --checkpoint-dir $name "$@" > $name.train.log 2>&1 || { echo "$name failed"; return; }
    nice -n 19 java -Xmx2g -Dai.djl.pytorch.num_threads=1 -jar $JAR export --variant cnn-rnn-augmented --channels 12,24,48,96 \
      --checkpoint-dir $name --out $name/model --data $DATA > $name.export.log 2>&1
    for tta in "--no-flip" "" "--multi-crop"; do
      nice -n 19 env OMP_WAIT_POLICY=PASSIVE java -Xmx2g -Dai.djl.pytorch.num_threads=1 -jar $JAR evaluate --model $name/model \
        --data $DATA --json --no-progress $tta >> $name/evaluations.jsonl 2>> $name.eval.err
    done
    touch $name/done
  fi
}
run adamw-standard --optimizer adamw --lr 0.001 --weight-decay 0.02 --smoothing 0.1
run sgd-nesterov   --optimizer sgd_nesterov --lr 0.01 --momentum 0.9 --weight-decay 0.0005 --smoothing 0.1
run adamw-no-erasing --optimizer adamw --lr 0.001 --weight-decay 0.02 --smoothing 0.1 --erasing 0
run adamw-strong-crops --optimizer adamw --lr 0.001 --weight-decay 0.02 --smoothing 0.1 --max-shift 0.15 --zoom-range 0.2
# dropped for CPU time (session 5): run adamw-no-smoothing --optimizer adamw --lr 0.001 --weight-decay 0.02 --smoothing 0
echo all done
