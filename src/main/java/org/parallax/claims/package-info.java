/** Claims: the same statement as told by each outlet, grouped from the pairwise alignments. */
package org.parallax.claims;
