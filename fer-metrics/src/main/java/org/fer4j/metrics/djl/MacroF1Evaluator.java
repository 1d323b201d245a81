package org.fer4j.metrics.djl;

import org.fer4j.core.LabelSet;
import org.fer4j.metrics.ClassificationMetrics;

/**
 * A DJL evaluator reporting the macro-averaged F1 of everything accumulated, the number to watch on
 * imbalanced emotion sets where accuracy hides rare classes such as disgust.
 */
public class MacroF1Evaluator extends ConfusionMatrixEvaluator {

    /** Creates a macro-F1 evaluator named {@code "MacroF1"} over the first label and prediction. */
    public MacroF1Evaluator(LabelSet labels) {
        this("MacroF1", labels, 0);
    }

    /** Creates a macro-F1 evaluator over the array at {@code index} of the label and prediction lists. */
    public MacroF1Evaluator(String name, LabelSet labels, int index) {
        super(name, labels, ClassificationMetrics::macroF1, index);
    }
}
