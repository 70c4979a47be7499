package org.parallax.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfkcFolderTest {

    @Test
    void everyBmpCharacterFoldsLikeNfkc() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c) || NfkcFolder.isInvisible(c) || c == '\u00B4') {
                continue;
            }
            String alone = String.valueOf((char) c);
            String expected = Normalizer.normalize(alone, Normalizer.Form.NFKC);
            if (!NfkcFolder.fold(alone).text().equals(expected)) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void composesABaseWithTheMarksAfterIt() {
        MappedText folded = NfkcFolder.fold("Mu\u0308\u00AD\u0301nchen");
        assertThat(folded.text()).isEqualTo(Normalizer.normalize("Mu\u0308\u0301nchen", Normalizer.Form.NFKC));
        assertThat(folded.originAt(1)).isEqualTo(1);
        assertThat(folded.originAt(folded.length() - 1)).isEqualTo(9);
    }
}
