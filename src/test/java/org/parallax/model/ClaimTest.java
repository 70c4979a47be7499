package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimTest {

    private static final List<AlignedSegment> SAME = List.of(new AlignedSegment(DiffOp.EQUAL, "Text.", "Text."));
    private static final List<AlignedSegment> CHANGED = List.of(new AlignedSegment(DiffOp.EQUAL, "Text", "Text"),
            new AlignedSegment(DiffOp.DELETE, "heute.", ""), new AlignedSegment(DiffOp.INSERT, "", "gestern."));

    /** A claim whose common wording is a1's; every other member's wording is given. */
    private static Claim claim(Map<String, List<AlignedSegment>> others) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, List<AlignedSegment>> wording = new LinkedHashMap<>();
        members.put("a1", List.of(0));
        wording.put("a1", SAME);
        others.forEach((id, w) -> {
            members.put(id, List.of(1));
            wording.put(id, w);
        });
        return new Claim(3, members, "a1", wording);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                // only one outlet carries it
                Arguments.of(Map.of(), "a1", ClaimKind.UNIQUE, "unique"),
                Arguments.of(Map.of(), "a2", ClaimKind.OMITTED, "omitted"),
                // the same words elsewhere
                Arguments.of(Map.of("a2", SAME), "a1", ClaimKind.SHARED, "shared"),
                Arguments.of(Map.of("a2", SAME), "a2", ClaimKind.SHARED, "shared"),
                // other words elsewhere
                Arguments.of(Map.of("a2", CHANGED), "a1", ClaimKind.REWORDED, "reworded"),
                Arguments.of(Map.of("a2", CHANGED), "a2", ClaimKind.REWORDED, "reworded"),
                Arguments.of(Map.of("a2", CHANGED, "a3", SAME), "a1", ClaimKind.SHARED, "shared"),
                Arguments.of(Map.of("a2", CHANGED, "a3", SAME), "a2", ClaimKind.REWORDED, "reworded"),
                Arguments.of(Map.of("a2", CHANGED, "a3", SAME), "a4", ClaimKind.OMITTED, "omitted"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void kindOfAnArticleAndItsId(Map<String, List<AlignedSegment>> others, String article, ClaimKind kind, String id) {
        ClaimKind actual = claim(others).kindOf(article);
        assertThat(actual).isEqualTo(kind);
        assertThat(actual.id()).isEqualTo(id);
    }

    @Test
    void idIsTheLetterCAndTheNumber() {
        Claim claim = claim(Map.of());
        assertThat(claim.number()).isEqualTo(3);
        assertThat(claim.id()).isEqualTo("c3");
    }

    @Test
    void aNumberBelowOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Claim(0, Map.of("a1", List.of(0)), "a1", Map.of("a1", SAME)));
    }
}
