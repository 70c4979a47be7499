/** Runs the stages in order: one article from file to sentences, and articles to a comparison. */
package org.parallax.pipeline;
