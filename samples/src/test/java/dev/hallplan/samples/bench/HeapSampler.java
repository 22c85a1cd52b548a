package dev.hallplan.samples.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the JVM's used heap (total - free, garbage included) every 100 ms and keeps the maximum. */
final class HeapSampler {
    private final AtomicLong maxBytes = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler s = new HeapSampler();
        s.thread.start();
        return s;
    }

    /** Stops sampling; the most heap seen in use, in bytes. */
    long stop() {
        thread.interrupt();
        return maxBytes.get();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
            maxBytes.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
