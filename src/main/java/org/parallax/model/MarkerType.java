package org.parallax.model;


/** Kinds of framing markers; {@link #id()} is the value used in JSON and CSS classes. */
public enum MarkerType {
    /** Who is said to make the statement ("teilte das Weiße Haus mit", "according to officials"). */
    ATTRIBUTION("attribution"),
    /** A claim stated without any source. */
    UNATTRIBUTED("unattributed"),
    /** A reporting verb; its detail is "neutral" or "loaded". */
    REPORTING_VERB("reporting-verb"),
    /** A hedge or a statement of certainty ("mutmaßlich", "with high confidence"). */
    HEDGE("hedge"),
    /** German reported speech in Konjunktiv I (sei, habe, werde, handele). */
    REPORTED_SPEECH("reported-speech"),
    /** The actor blamed or named, with its canonical name in the detail. */
    ACTOR("actor"),
    /** A place an attack is said to come from ("von chinesischem Territorium aus"), not an actor blamed. */
    ORIGIN("origin"),
    /** A direct quotation. */
    QUOTE("quote"),
    /** A number. */
    NUMBER("number"),
    /** A date or time expression ("am Montag", "heute", "19. Juli 2021"). */
    DATE("date");

    private final String id;

    MarkerType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
