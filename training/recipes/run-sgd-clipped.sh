#!/bin/bash
# Follow-up of run-recipes.sh (session 7): Nesterov SGD diverged at lr 0.01 and 0.003 (session 5); the same budget
# with the gradient clipped to a global L2 norm of 1 (fer4j train --clip-norm, new in session 7), at the anchor's lr 0.01.
cd "$(dirname "$0")"
source <(sed -n '/^JAR=/,/^}/p' run-recipes.sh)
run sgd-nesterov-clip1 --optimizer sgd_nesterov --lr 0.01 --momentum 0.9 --weight-decay 0.0005 --smoothing 0.1 --clip-norm 1
echo sgd clipped done
