package org.fer4j.models;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a network for tests: counts its forward passes (to see that a closed recognizer runs
 * nothing) and can fail a save after writing part of it (to see that nothing is half-written).
 */
final class CountingBlock extends AbstractBlock {

    /** Forward passes so far. */
    final AtomicInteger forwards = new AtomicInteger();

    private final Block inner;
    private final boolean failSaves;

    /** Wraps {@code inner}; when {@code failSaves}, saving writes a few bytes and then fails. */
    CountingBlock(Block inner, boolean failSaves) {
        this.inner = addChildBlock("inner", inner);
        this.failSaves = failSaves;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        forwards.incrementAndGet();
        return inner.forward(store, inputs, training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inner.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        inner.initialize(manager, dataType, inputShapes);
    }

    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        if (failSaves) {
            os.write(new byte[100]);
            throw new IOException("disk full (simulated after 100 bytes)");
        }
        super.saveParameters(os);
    }
}
