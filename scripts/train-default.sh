#!/usr/bin/env bash
# Trains (or resumes) the shipped default model: the cnn-rnn-augmented zoo variant on FER2013 Training,
# selected on PublicTest (seed 42, 60 epochs). Re-run the same command to resume after an interruption:
# every epoch is an atomic checkpoint in training/cnn-rnn-augmented. Then run scripts/export-default.sh.
exec "$(dirname "$0")/train-variant.sh" cnn-rnn-augmented
