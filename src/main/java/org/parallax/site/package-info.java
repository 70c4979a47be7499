/** Static site of a whole corpus: one report per event folder plus an index page. */
package org.parallax.site;
