package org.parallax.cluster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day of a publication date as piles write it: ISO 8601 ({@code 2021-07-19},
 * {@code 2021-07-19T08:30:00+02:00}; the day as written, not moved to UTC), {@code 2021/07/19},
 * German {@code 19.07.2021}, RFC 1123 ({@code Mon, 19 Jul 2021 08:30:00 GMT}, as feeds and HTTP
 * write it), and a day, an English or German month name (or its abbreviation) and a year as pages
 * write them ({@code Tue Nov 19 2019 03:05:46 GMT+0000}, {@code Fri 6:45 PM, Feb 16, 2018},
 * {@code November 19, 2019}, {@code 19. Juli 2021}). Anything else has no date.
 */
final class PublicationDate {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T ]|\\b)");
    private static final Pattern GERMAN = Pattern.compile("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");

    private static final String MONTH = "(jan(?:uary|uar)?|j[aä]n(?:ner)?|feb(?:ruary|ruar)?|m(?:ar|är)(?:ch|z)?"
            + "|apr(?:il)?|ma[iy]|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
            + "|de[cz](?:ember)?)";
    /** Month, day, year: "Nov 19 2019", "Feb 16, 2018", "November 19th, 2019". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** Day, month, year: "19 November 2019", "19. Juli 2021", "Mon, 18 Nov 2019". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+"
            + MONTH + "(?![\\p{L}])\\.?,?\\s+(\\d{4})\\b");

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
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            return Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The months by the first three letters of their English or German names (ä read as a). */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("dez", 12));

    /** The month (1 to 12) of a name {@link #MONTH} matched. */
    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('ä', 'a').substring(0, 3);
        Integer month = MONTHS.get(key);
        if (month == null) {
            throw new DateTimeException("no month: " + name);
        }
        return month;
    }
}
