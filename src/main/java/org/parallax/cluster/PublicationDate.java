package org.parallax.cluster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day of a publication date as piles write it: ISO 8601 ({@code 2021-07-19},
 * {@code 2021-07-19T08:30:00+02:00}; the day as written, not moved to UTC), {@code 2021/07/19},
 * German {@code 19.07.2021}, and RFC 1123 ({@code Mon, 19 Jul 2021 08:30:00 GMT}, as feeds and HTTP
 * write it). Anything else has no date.
 */
final class PublicationDate {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T ]|\\b)");
    private static final Pattern GERMAN = Pattern.compile("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");

    private PublicationDate() {
    }

    static Optional<LocalDate> parse(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String s = published.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = GERMAN.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
