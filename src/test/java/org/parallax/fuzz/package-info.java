/** Fuzz tests (Jazzer) of the stages that read untrusted text: readers, segmenter, aligner, normaliser, differ. */
package org.parallax.fuzz;
