#!/usr/bin/env bash
# Copies the best epoch of the default-model training run into fer-models' resources (see export-variant.sh).
exec "$(dirname "$0")/export-variant.sh" cnn-rnn-augmented
