package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a text file into characters: UTF-8 (with or without byte-order mark), UTF-16 with
 * a byte-order mark, and Windows-1252 as the fallback for bytes that are not valid UTF-8. Stateless.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and what the user should know about the decoding. */
    record Decoded(String text, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws ArticleReadException for NUL bytes outside UTF-16 ("binary data, not text")
     */
    Decoded decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(stripBom(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(stripBom(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), warnings);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleReadException("binary data, not text");
            }
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new Decoded(text, warnings);
        } catch (CharacterCodingException e) {
            warnings.add("not valid UTF-8; read as Windows-1252");
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), warnings);
        }
    }

    /** The bytes of {@code file}; a read failure becomes an {@link ArticleReadException}. */
    static byte[] readAll(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ArticleReadException("cannot read file: " + e.getMessage(), e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
