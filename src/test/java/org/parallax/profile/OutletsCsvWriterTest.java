package org.parallax.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutletsCsvWriterTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("ORF", "ORF"),
                Arguments.of("", ""),
                Arguments.of("Le Monde, édition", "\"Le Monde, édition\""),
                Arguments.of("The \"Sun\"", "\"The \"\"Sun\"\"\""),
                Arguments.of("two\nlines", "\"two\nlines\""),
                Arguments.of("cr\rhere", "\"cr\rhere\""),
                Arguments.of("China (3); EU (1)", "China (3); EU (1)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fields")
    void quotesAFieldOnlyWhenItMust(String field, String written) {
        assertThat(OutletsCsvWriter.quote(field)).isEqualTo(written);
    }

    @Test
    void writesAHeaderAndOneRowPerOutletWithCrlfInUtf8() throws Exception {
        EventRef event = new EventRef("e", "E", "2024-01-01");
        OutletProfile p = new OutletProfile(OutletId.of("Le Monde, Paris"), "Le Monde, Paris", List.of(event), 1, 8, 1, 2,
                3, 1, List.of("Élysée"), List.of(new OutletProfile.Actor("China", 4), new OutletProfile.Actor("EU", 1)),
                List.of(new OmittedClaim(event, "c2", "c2", "x", 2, 2)), 1, 0, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OutletsCsvWriter().write(List.of(p), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(String.join(",", OutletsCsvWriter.COLUMNS) + "\r\n"
                + "\"Le Monde, Paris\",le-monde-paris,1,1,8,2,25.0,1,12.5,3,1,1,China (4); EU (1),1,1,0,0.0,1,100.0\r\n");
        assertThat(out.toByteArray()[0]).as("no byte-order mark").isEqualTo((byte) 'o');
    }
}
