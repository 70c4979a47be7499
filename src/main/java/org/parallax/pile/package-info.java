/** Reading a pile of articles not sorted by event: folders of article files, JSON Lines, WARC files. */
package org.parallax.pile;
