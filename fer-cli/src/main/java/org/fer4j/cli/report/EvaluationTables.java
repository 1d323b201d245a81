package org.fer4j.cli.report;

import java.util.List;
import java.util.Optional;
import org.fer4j.metrics.ClassificationMetrics;
import org.fer4j.metrics.VariantComparison;
import org.fer4j.metrics.report.ReportTable;
import org.fer4j.metrics.report.ReportTable.Kind;

/**
 * Assembles the tables of the evaluation report from model evaluations, in the order given: the
 * paper's Table 2 (accuracy per split), Table 3 (per-class metrics of the model selected on
 * validation) and Table 5 (variant comparison).
 */
public final class EvaluationTables {

    private final List<ModelEvaluation> models;

    /** Wraps the evaluations of one or more models with distinct names. */
    public EvaluationTables(List<ModelEvaluation> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("An evaluation report needs at least one model");
        }
        if (models.stream().map(ModelEvaluation::name).distinct().count() != models.size()) {
            throw new IllegalArgumentException("Model names must be distinct: "
                    + models.stream().map(ModelEvaluation::name).toList());
        }
        this.models = List.copyOf(models);
    }

    /** The evaluations, in order. */
    public List<ModelEvaluation> models() {
        return models;
    }

    /** Whether any model was evaluated on a test split. */
    public boolean hasTest() {
        return models.stream().anyMatch(m -> m.test() != null);
    }

    /**
     * The models as a fer-metrics comparison: train, validation and test accuracy, and the macro
     * F1 of the test split when measured, else of the validation split.
     */
    public VariantComparison comparison() {
        VariantComparison.Builder comparison = VariantComparison.builder();
        for (ModelEvaluation m : models) {
            comparison.addVariant(m.name(), m.train(), m.validation(), m.test());
        }
        return comparison.build();
    }

    /** The model with the highest validation accuracy (the first on ties), the one selection may pick. */
    public ModelEvaluation best() {
        String name = comparison().bestByValidation().orElseThrow().model();
        return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Table 2: train, validation and test accuracy of every model (test n/a without a test split). */
    public ReportTable accuracyTable() {
        return ReportTable.rowPerItem("Table 2. Accuracy per split", models)
                .text("model", "Model", ModelEvaluation::name)
                .text("architecture", "Architecture", ModelEvaluation::architecture)
                .fraction("train_accuracy", "Train accuracy", m -> m.train().accuracy())
                .fraction("validation_accuracy", "Validation accuracy (PublicTest)", m -> m.validation().accuracy())
                .fraction("test_accuracy", "Test accuracy", m -> accuracy(m.testMetrics()))
                .build();
    }

    /**
     * Table 3: per-class precision, recall, F1 and support of the {@link #best() best} model on the
     * test split when there is one, else on validation, with the summary rows.
     */
    public ReportTable perClassTable() {
        ModelEvaluation best = best();
        String split = best.test() != null ? "test" : "validation";
        return ReportTable.of(best.reported())
                .withTitle("Table 3. Per-class metrics of " + best.name() + " on " + split);
    }

    /**
     * Table 5: the variant comparison with validation and test macro F1, the train - validation
     * accuracy gap (over-fitting), size, compute per frame and training effort.
     */
    public ReportTable variantTable() {
        return ReportTable.rowPerItem("Table 5. Variant comparison", models)
                .text("model", "Model", ModelEvaluation::name)
                .text("variant", "Zoo variant", m -> m.card().variant())
                .fraction("validation_accuracy", "Validation accuracy", m -> m.validation().accuracy())
                .fraction("validation_macro_f1", "Validation macro F1", m -> m.validation().macroF1())
                .fraction("test_accuracy", "Test accuracy", m -> accuracy(m.testMetrics()))
                .fraction("test_macro_f1", "Test macro F1",
                        m -> m.testMetrics().map(ClassificationMetrics::macroF1).orElse(Double.NaN))
                .fraction("train_validation_gap", "Train − validation gap",
                        m -> m.train().accuracy() - m.validation().accuracy())
                .count("parameters", "Parameters", ModelEvaluation::parameters)
                .number("mmacs_per_frame", "MMACs per frame", m -> m.spec().macsPerFrame() / 1e6)
                .column("epochs", "Epochs trained", Kind.COUNT,
                        m -> m.epochsTrained() == 0 ? null : (long) m.epochsTrained())
                .build();
    }

    private static double accuracy(Optional<ClassificationMetrics> metrics) {
        return metrics.map(ClassificationMetrics::accuracy).orElse(Double.NaN);
    }
}
