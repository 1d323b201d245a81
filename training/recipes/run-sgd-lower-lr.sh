#!/bin/bash
# Follow-up of run-recipes.sh (session 5): SGD Nesterov diverged at lr 0.01; same budget at lr 0.003.
cd "$(dirname "$0")"   # session 5 ran it from a scratch copy, /work/fer4j-runs/recipes
while ! grep -q "all done" recipes.out; do sleep 20; done
source <(sed -n '/^JAR=/,/^}/p' run-recipes.sh)
run sgd-nesterov-lr0.003 --optimizer sgd_nesterov --lr 0.003 --momentum 0.9 --weight-decay 0.0005 --smoothing 0.1
echo sgd follow-up done
