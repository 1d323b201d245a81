package org.fer4j.models;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Guards a closeable owner of native memory shared by many threads: calls enter while it is open
 * (concurrently with each other), entering after close fails with {@link IllegalStateException}
 * before anything is allocated, and close waits for the calls in flight before it frees anything,
 * so closing a busy recognizer cannot free weights under a running forward pass.
 */
final class OpenGuard {

    /** One call inside the guard; closing it leaves. */
    interface Use extends AutoCloseable {
        @Override
        void close();
    }

    private final String owner;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** A guard for an owner named {@code owner} in error messages, e.g. {@code "EmotionRecognizer"}. */
    OpenGuard(String owner) {
        this.owner = owner;
    }

    /** Enters a call; fails when the owner is closed. */
    Use enter() {
        ReentrantReadWriteLock.ReadLock read = lock.readLock();
        read.lock();
        if (closed) {
            read.unlock();
            throw new IllegalStateException(owner + " is closed");
        }
        return read::unlock;
    }

    /** Whether the owner has been closed. */
    boolean isClosed() {
        return closed;
    }

    /** Runs {@code release} once, after the calls in flight have left; later calls to enter fail. */
    void close(Runnable release) {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                release.run();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
