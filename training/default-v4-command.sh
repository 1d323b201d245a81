#!/bin/bash
# A third warm restart of the shipped default, to average with default-v2 and default-v3 (issue 12 item 1, started in
# session 7): training/default-v3-command.sh's recipe with seed 43 (another data order), into training/default-v4.
# Re-running it resumes from training/default-v4. FER4J_JAR may point at a frozen copy of the jar.
cd "$(dirname "$0")/.."
SEED=43 RUN_DIR=training/default-v4 exec training/default-v3-command.sh
