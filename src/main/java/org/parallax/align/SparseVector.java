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

    /** Writes the weights into {@code dense} at their term ids (see {@link #dot(float[])}). */
    void spread(float[] dense) {
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] = weights[k];
        }
    }

    /** Sets the entries {@link #spread} wrote back to zero. */
    void clear(float[] dense) {
        for (int id : ids) {
            dense[id] = 0;
        }
    }

    /**
     * Dot product with another vector spread into {@code dense}: bit-identical to {@link #dot(SparseVector)}
     * with that vector on the left, since the products of shared terms are added in the same
     * ascending order and the other products are +0.0, which leave a non-negative sum unchanged.
     */
    double dot(float[] dense) {
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            sum += (double) dense[ids[k]] * weights[k];
        }
        return sum;
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
