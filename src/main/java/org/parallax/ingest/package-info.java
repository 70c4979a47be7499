/** Reading article files (plain text with front matter, saved HTML pages) into raw blocks and metadata. */
package org.parallax.ingest;
