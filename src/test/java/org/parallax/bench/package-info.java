/** Benchmarks and fitting tools of the aligner, run from scripts (not part of the test suite). */
package org.parallax.bench;
