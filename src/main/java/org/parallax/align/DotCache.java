package org.parallax.align;

import java.util.Arrays;

/**
 * Open-addressing hash map from a sentence pair key to its three dot products (characters, stems,
 * anchors), so each pair is multiplied once however many candidate units contain it. Not thread-safe.
 */
final class DotCache {

    private static final long EMPTY = -1;

    private long[] keys;
    private double[] values;
    private int size;

    DotCache() {
        keys = new long[1 << 12];
        Arrays.fill(keys, EMPTY);
        values = new double[keys.length * 3];
    }

    /** Slot of {@code key}: its index when present, otherwise {@code -(insertion index) - 1}. */
    int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY) {
                return -slot - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    double value(int slot, int space) {
        return values[slot * 3 + space];
    }

    /** Stores the dots of a key that {@link #find} reported absent; returns its slot. */
    int put(long key, double chars, double stems, double anchors) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = -find(key) - 1;
        keys[slot] = key;
        values[slot * 3] = chars;
        values[slot * 3 + 1] = stems;
        values[slot * 3 + 2] = anchors;
        size++;
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new double[keys.length * 3];
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = -find(oldKeys[s]) - 1;
                keys[slot] = oldKeys[s];
                System.arraycopy(oldValues, s * 3, values, slot * 3, 3);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
