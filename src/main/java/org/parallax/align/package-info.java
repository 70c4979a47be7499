/** Sentence alignment: which runs of sentences of two articles tell the same thing, in order or moved. */
package org.parallax.align;
