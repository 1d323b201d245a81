package org.fer4j.models.export;

import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/**
 * Thrown when {@link OnnxExporter} meets a block it cannot write as ONNX, e.g. a custom encoder or
 * head: the message names the block's class (and a lambda block's name) and what is exported.
 */
public final class UnsupportedBlockException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String blockClass;

    /**
     * Creates the exception.
     *
     * @param block the block that cannot be exported
     * @param reason what the exporter supports in its place
     */
    public UnsupportedBlockException(Block block, String reason) {
        super("Cannot export " + describe(block) + " to ONNX: " + reason);
        this.blockClass = block.getClass().getName();
    }

    /** The fully qualified class name of the block that could not be exported. */
    public String blockClass() {
        return blockClass;
    }

    private static String describe(Block block) {
        String name = block.getClass().getName();
        return block instanceof LambdaBlock lambda ? name + " '" + lambda.getName() + "'" : name;
    }
}
