package org.fengqiao.bench;

import java.util.Arrays;

/** Response times in nanoseconds, recorded from many threads; percentiles by sorting a copy. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0 &lt; p &le; 100) in milliseconds, nearest rank; NaN when nothing was recorded. */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }
}
