package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.AlignmentUnit;

/**
 * Candidates proposed late (pairs linked by their clauses) come in no particular order; the chain
 * must still never give one sentence two units. The pair in the resource is two generated articles
 * of one event where sentence 17 on the left once ended up in two moved units.
 */
class LateCandidatesTest {

    @Test
    void clausePairsNeverGiveASentenceTwoUnits() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("late-clause-pairs.jsonl")) {
            doc = new ObjectMapper().readTree(in);
        }
        List<String> left = texts(doc.get("left"));
        List<String> right = texts(doc.get("right"));
        Alignment a = SentenceAligners.forLanguage("de").align(left, right);
        assertThat(a.units().stream().flatMap(u -> u.left().stream()).sorted().toList())
                .as("every left sentence in exactly one unit").isEqualTo(range(left.size()));
        assertThat(a.units().stream().flatMap(u -> u.right().stream()).sorted().toList())
                .as("every right sentence in exactly one unit").isEqualTo(range(right.size()));
        assertThat(a.units()).filteredOn(AlignmentUnit::moved).isNotEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
