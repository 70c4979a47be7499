/** Grouping a pile of articles into events: MinHash LSH candidates confirmed by the sentence aligner. */
package org.parallax.cluster;
