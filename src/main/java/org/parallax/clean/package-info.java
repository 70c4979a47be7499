/** Removing boilerplate (job ads, teasers, credits, banners) from article blocks, by per-language rule files. */
package org.parallax.clean;
