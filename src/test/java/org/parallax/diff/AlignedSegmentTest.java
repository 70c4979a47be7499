package org.parallax.diff;

import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.model.DiffSegment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlignedSegmentTest {

    @Test
    void showsTheLeftTextExceptForAnInsertion() {
        assertThat(new AlignedSegment(DiffOp.EQUAL, "„Nein“ ", "\"Nein\" ").toSegment())
                .isEqualTo(new DiffSegment(DiffOp.EQUAL, "„Nein“ "));
        assertThat(new AlignedSegment(DiffOp.DELETE, "mit", "").toSegment())
                .isEqualTo(new DiffSegment(DiffOp.DELETE, "mit"));
        assertThat(new AlignedSegment(DiffOp.INSERT, "", "hieß es ").toSegment())
                .isEqualTo(new DiffSegment(DiffOp.INSERT, "hieß es "));
    }

    @Test
    void rejectsTextOnTheWrongSide() {
        assertThatThrownBy(() -> new AlignedSegment(DiffOp.DELETE, "mit", "mit"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedSegment(DiffOp.INSERT, "es", "es"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
