package org.parallax.frame;

import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates and weekdays, with month and weekday names taken from {@code java.time} for
 * the language. Details are ISO forms ("2021-07-19", "--07-19" without a year, "2021-07") or the
 * English weekday in lower case ("monday"). Immutable.
 */
final class CalendarDateFinder implements MarkerFinder {
    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final List<Pattern> patterns;

    CalendarDateFinder(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> months = new LinkedHashMap<>();
        Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            months.put(month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale), month.getValue());
            String shortName = month.getDisplayName(TextStyle.SHORT, locale).replace(".", "").toLowerCase(locale);
            months.putIfAbsent(shortName, month.getValue());
        }
        if (language.equals("de")) {
            months.put("jänner", 1);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put(day.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale), day);
        }
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
        String month = alternatives(months.keySet());
        String weekday = alternatives(weekdays.keySet());
        if (language.equals("de")) {
            patterns = List.of(
                    // 19. Juli 2021, 19. Juli, 19. Jul. 2021
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?<day>[0-3]?\\d)\\.\\s*(?<month>" + month + ")\\.?(?:\\s+(?<year>(?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // 19.07.2021
                    Pattern.compile("(?<![\\p{L}\\p{N}.])(?<day>[0-3]?\\d)\\.(?<mon>[01]?\\d)\\.(?<year>(?:19|20)\\d\\d)(?![\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // März 2021
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?<month>" + month + ")\\.?\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // am Montag, Sonntagabend, seit Dienstag
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:am|seit|bis|vom|ab)\\s+)?(?<weekday>" + weekday + ")(?:abend|morgen|vormittag|mittag|nachmittag|nacht)?(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // im Jahr 2021, seit 2019
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:im\\s+Jahr(?:e)?|seit|bis|vor|im|Anfang|Ende|Mitte)\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}.,])", Pattern.UNICODE_CHARACTER_CLASS));
        } else {
            patterns = List.of(
                    // July 19, 2021; July 19
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?<month>" + month + ")\\.?\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // 19 July 2021; 19th of July
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + month + ")\\.?(?:,?\\s+(?<year>(?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // March 2021
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?<month>" + month + ")\\.?\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // on Monday, Sunday evening
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:on|since|until|by|last|next|this)\\s+)?(?<weekday>" + weekday + ")(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS),
                    // in 2021, since 2019
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:in|since|until|by|from|early|late)\\s+(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}.,])", Pattern.UNICODE_CHARACTER_CLASS));
        }
    }

    /** Capitalised alternatives, longest first: month and weekday names are matched with a capital. */
    private static String alternatives(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        list.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder("(?:");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            String n = list.get(i);
            out.append(Pattern.quote(Character.toUpperCase(n.charAt(0)) + n.substring(1)));
        }
        return out.append(')').toString();
    }

    @Override
    public List<FramingMarker> find(String sentence) {
        List<FramingMarker> found = new ArrayList<>();
        boolean digits = sentence.chars().anyMatch(Character::isDigit);
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean weekday = weekdays.keySet().stream().anyMatch(lower::contains);
        for (Pattern p : patterns) {
            // a quick test first: every pattern needs either a digit or a weekday name
            boolean weekdayPattern = p.pattern().contains("(?<weekday>");
            if (weekdayPattern ? !weekday : !digits) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                found.add(new FramingMarker(MarkerType.DATE, m.group(), m.start(), m.end(), detail(m)));
            }
        }
        return found;
    }

    private String detail(Matcher m) {
        String pattern = m.pattern().pattern();
        if (pattern.contains("(?<weekday>")) {
            return weekdays.get(m.group("weekday").toLowerCase(Locale.ROOT)).name().toLowerCase(Locale.ROOT);
        }
        String year = pattern.contains("(?<year>") ? m.group("year") : null;
        Integer month = null;
        if (pattern.contains("(?<month>")) {
            month = months.get(m.group("month").toLowerCase(Locale.ROOT));
        } else if (pattern.contains("(?<mon>")) {
            month = Integer.parseInt(m.group("mon"));
        }
        String day = pattern.contains("(?<day>") ? m.group("day") : null;
        if (month == null) {
            return year;
        }
        String mm = String.format(Locale.ROOT, "%02d", month);
        if (day == null) {
            return year + "-" + mm;
        }
        String dd = String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
        return year == null ? "--" + mm + "-" + dd : year + "-" + mm + "-" + dd;
    }
}
