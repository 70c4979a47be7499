package org.parallax.model;


/** The role of a block of article text. */
public enum BlockKind {
    /** The article's main headline or a section headline: never merged into the next sentence. */
    HEADLINE,
    /** A sub-heading inside the article body. */
    SUBHEADING,
    /** A paragraph of running text. */
    PARAGRAPH,
    /** An item of a bulleted or numbered list. */
    LIST_ITEM
}
