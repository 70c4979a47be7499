package org.parallax.align;

/**
 * A sparse vector of term weights with ascending term ids. Immutable (the arrays are never exposed).
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    private final int[] ids;
    private final float[] weights;
    private final double norm2;

    SparseVector(int[] ids, float[] weights) {
        if (ids.length != weights.length) {
            throw new IllegalArgumentException("ids and weights differ in length");
        }
        this.ids = ids;
        this.weights = weights;
        double n = 0;
        for (float w : weights) {
            n += (double) w * w;
        }
        this.norm2 = n;
    }

    int size() {
        return ids.length;
    }

    int id(int k) {
        return ids[k];
    }

    float weight(int k) {
        return weights[k];
    }

    /** Squared Euclidean norm. */
    double norm2() {
        return norm2;
    }

    /** Dot product by merging the two ascending id lists. */
    double dot(SparseVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) weights[i] * other.weights[j];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
