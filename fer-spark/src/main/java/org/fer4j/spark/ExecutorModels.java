package org.fer4j.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one executor JVM shares between its task threads: each model or detector is loaded on first
 * use by whichever task needs it, at most once per key, and then serves every task of every job in
 * that JVM (the shipped ones are thread-safe). They live as long as the executor, whose exit frees
 * their native memory. This is the one JVM-wide state of fer-spark, on purpose: Spark gives no
 * executor-scoped object, and a model per task would load it again for every partition.
 */
final class ExecutorModels {

    private static final ConcurrentMap<Object, Object> SHARED = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ExecutorModels() {}

    /** The object under {@code key}, loaded by {@code loader} when this JVM has none yet. */
    static <T> T shared(Object key, Class<T> type, Supplier<? extends T> loader) {
        Object value = SHARED.computeIfAbsent(key, k -> {
            LOADS.incrementAndGet();
            return loader.get();
        });
        return type.cast(value);
    }

    /** How many objects this JVM has loaded so far (one per key). */
    static int loads() {
        return LOADS.get();
    }
}
