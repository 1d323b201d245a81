package org.fer4j.core;

import java.util.Optional;

/**
 * A model's answer for one face or clip: the class scores and, for spatial-attention models, the
 * attention map that shows which face regions drove them.
 *
 * @param scores probabilities per class
 * @param attention where the model looked, when it has spatial attention
 */
public record EmotionPrediction(EmotionScores scores, Optional<AttentionMap> attention) {}
