/** Comparison form of text (quotes, dashes, spacing, case, ß/ss, gender forms, numbers) with a map back to the original. */
package org.parallax.normalise;
