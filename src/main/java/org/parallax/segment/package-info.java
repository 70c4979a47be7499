/** Splits blocks of article text into sentences and tells German from English text. */
package org.parallax.segment;
