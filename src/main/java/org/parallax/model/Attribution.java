package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One attribution of blame in one sentence of an article: who says it (the source), whom it blames
 * (an actor), with which words of certainty, and whether the sentence says the source does <em>not</em>
 * name that actor ("jedoch ist hier nicht die Rede vom Ministerium für Staatssicherheit"). Immutable.
 *
 * @param source    the attributing source: an actor's canonical name ("USA", "EU") or an attribution's
 *                  canonical source ("Weißes Haus"); empty when the article gives none
 * @param actor     the canonical name of the actor blamed ("China: Ministry of State Security")
 * @param text      the actor's words as they stand in the sentence
 * @param certainty the sentence's hedges and statements of certainty, in text order
 * @param confident true when one of them states high certainty ("mit sehr hoher Wahrscheinlichkeit")
 * @param negated   true when the sentence denies that the source names the actor
 * @param sentence  index of the sentence in its article
 */
public record Attribution(String source, String actor, String text, List<String> certainty, boolean confident, boolean negated,
        int sentence) {
    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(text, "text");
        certainty = List.copyOf(certainty);
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
        }
    }
}
