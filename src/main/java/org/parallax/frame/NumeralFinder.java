package org.parallax.frame;

import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits ("50.000", "3,5", "50,000", "2.5 million", "40 Prozent") and
 * gives their value in the detail ("50000", "3.5", "2500000", "40%"). German uses "." for
 * thousands and "," for decimals, English the other way round; both may group thousands with a space
 * ("50 000", also no-break and narrow no-break spaces). Digits glued to letters (APT40,
 * Covid-19) are names, not numbers. Immutable.
 */
final class NumeralFinder implements MarkerFinder {
    private static final String SCALE_DE = "Millionen|Million|Milliarden|Milliarde|Mio\\.|Mrd\\.|Tausend|Prozent|%";
    private static final String SCALE_EN = "million|billion|thousand|percent|per cent|%";

    private final Pattern pattern;
    private final char grouping;
    private final char decimal;

    NumeralFinder(String language) {
        boolean german = language.equals("de");
        grouping = german ? '.' : ',';
        decimal = german ? ',' : '.';
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<![\\p{L}]-)(?<int>\\d{1,3}(?:" + g + "\\d{3})+|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)|\\d+)(?:" + d
                + "(?<frac>\\d+))?(?![\\p{L}\\p{N}]|[.,]\\d)(?:\\s?(?<scale>" + (german ? SCALE_DE : SCALE_EN) + ")(?![\\p{L}]))?",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    @Override
    public List<FramingMarker> find(String sentence) {
        List<FramingMarker> found = new ArrayList<>();
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            found.add(new FramingMarker(MarkerType.NUMBER, m.group(), m.start(), m.end(), value(m)));
        }
        return found;
    }

    private String value(Matcher m) {
        String digits = m.group("int").replace(String.valueOf(grouping), "").replaceAll("[ \\u00A0\\u202F]", "");
        BigDecimal value = new BigDecimal(m.group("frac") == null ? digits : digits + "." + m.group("frac"));
        String scale = m.group("scale") == null ? "" : m.group("scale").toLowerCase(Locale.ROOT);
        String suffix = "";
        switch (scale) {
            case "tausend", "thousand" -> value = value.scaleByPowerOfTen(3);
            case "million", "millionen", "mio." -> value = value.scaleByPowerOfTen(6);
            case "milliarde", "milliarden", "mrd.", "billion" -> value = value.scaleByPowerOfTen(9);
            case "prozent", "percent", "per cent", "%" -> suffix = "%";
            default -> { }
        }
        return value.stripTrailingZeros().toPlainString() + suffix;
    }
}
