package org.parallax.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NormalFormTest {

    @Test
    void mapsNormalSpansBackToTheOriginal() {
        NormalForm form = TextNormaliser.defaults().normalise("  Der  HACK ");
        assertThat(form.normal()).isEqualTo("der hack");
        int s = form.normal().indexOf("hack");
        assertThat(form.original().substring(form.originalStart(s), form.originalEnd(s + 4))).isEqualTo("HACK");
    }

    @Property(tries = 200)
    void originMapIsMonotoneAndInRange(@ForAll String text) {
        NormalForm form = TextNormaliser.defaults().normalise(text);
        for (int i = 0; i < form.normal().length(); i++) {
            assertThat(form.originalStart(i)).isBetween(0, text.length() - 1);
            if (i > 0) {
                assertThat(form.originalStart(i)).isGreaterThanOrEqualTo(form.originalStart(i - 1));
            }
        }
    }
}
