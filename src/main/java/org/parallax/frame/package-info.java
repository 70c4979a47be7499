/** Framing lens: attribution, hedges, actors, quotes, dates and numbers per sentence, and their differences. */
package org.parallax.frame;
