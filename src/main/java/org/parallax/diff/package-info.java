/** Word diff between two texts, blind to differences that are only normalisation. */
package org.parallax.diff;
