package org.parallax.ingest;

import org.parallax.model.BlockKind;
import org.parallax.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body of a text article into blocks. A blank line always ends a block. Inside a run of
 * non-blank lines, a line is joined to the one before only when the run looks hard-wrapped:
 * <ul>
 *   <li>the run is <em>wrapped</em> when its lines (all but the last) mostly end inside a sentence,
 *       mostly fill the run's width (see the next point), and almost none is wider than
 *       {@link #MAX_WRAP_WIDTH} columns: text with one paragraph per line ends most lines with sentence
 *       punctuation, has lines of very different widths, and long lines;</li>
 *   <li>in a wrapped run, a line continues the previous one when the first word of the line would not
 *       have fitted on the previous line within the run's width (the widest line): that is why a
 *       wrapping tool broke the line there. A short line before it (the end of a paragraph, a
 *       heading) therefore ends its block.</li>
 * </ul>
 * A line ending in a hyphen is joined without a space (the hyphen is kept: "US-" + "Regierung").
 * List items ({@code - }, {@code * }, {@code • }, and {@code 1. } when a neighbouring line is numbered
 * too; bullets are dropped from the text, numbers kept), Markdown headings ({@code #}) and lines without any letter or digit always start a block of
 * their own. Single-line blocks of at most {@link #MAX_HEADING_WORDS} words that do not end in
 * {@code . , ; : ! …} are headings: {@link BlockKind#HEADLINE} before the first paragraph,
 * {@link BlockKind#SUBHEADING} after it. Stateless and thread-safe.
 */
final class TextBlockSplitter {
    /** Wider lines are not the product of hard wrapping (wire copy wraps at 60 to 80 columns). */
    static final int MAX_WRAP_WIDTH = 100;
    /** Headlines and sub-headings are short; longer single lines are paragraphs. */
    static final int MAX_HEADING_WORDS = 15;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+\\S.*$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^>\\s?");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MARKDOWN_STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final String CLOSERS = "\"'’”“»«)]";
    private static final String SENTENCE_END = ".!?:;…";
    private static final String NOT_HEADING_END = ".,;:!…";

    private final boolean markdown;

    /** @param markdown whether the text is Markdown: quote markers, links and strong emphasis are unwrapped */
    TextBlockSplitter(boolean markdown) {
        this.markdown = markdown;
    }

    /** The blocks of {@code lines}, in order; blank input gives no blocks. */
    List<TextBlock> split(List<String> lines) {
        List<String> clean = new ArrayList<>(lines.size());
        List<Integer> indents = new ArrayList<>(lines.size());
        for (String line : lines) {
            String stripped = line.strip();
            if (markdown) {
                stripped = QUOTE_MARKER.matcher(stripped).replaceFirst("");
            }
            clean.add(stripped);
            indents.add(stripped.isEmpty() ? 0 : indent(line));
        }
        List<TextBlock> blocks = new ArrayList<>();
        boolean paragraphSeen = false;
        int start = 0;
        while (start < clean.size()) {
            if (clean.get(start).isEmpty()) {
                start++;
                continue;
            }
            int end = start;
            while (end < clean.size() && !clean.get(end).isEmpty()) {
                end++;
            }
            for (Group group : groups(clean, indents, start, end)) {
                TextBlock block = classify(group, paragraphSeen);
                paragraphSeen |= block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM;
                blocks.add(block);
            }
            start = end;
        }
        return blocks;
    }

    /** Lines of one block, with the line kind of its first line. */
    private record Group(List<String> lines, LineKind first) {
    }

    private enum LineKind { TEXT, HEADING, LIST, NO_TEXT }

    private List<Group> groups(List<String> lines, List<Integer> indents, int start, int end) {
        // widths count the indentation: a wrapping tool fills indented lines to the same right margin
        List<String> run = new ArrayList<>(end - start);
        int minIndent = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            run.add(" ".repeat(indents.get(i)) + lines.get(i));
            minIndent = Math.min(minIndent, indents.get(i));
        }
        boolean wrapped = isWrapped(run);
        int width = width(run);
        List<Group> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        LineKind currentKind = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            LineKind kind = lineKind(lines, i);
            // a line indented deeper than the run's margin starts a paragraph: wrapping never indents
            boolean join = currentKind != null && wrapped
                    && kind == LineKind.TEXT && currentKind != LineKind.HEADING && currentKind != LineKind.NO_TEXT
                    && indents.get(i) == minIndent
                    && continues(run.get(i - 1 - start), line, width);
            if (!join && currentKind != null) {
                groups.add(new Group(current, currentKind));
                current = new ArrayList<>();
            }
            if (!join) {
                currentKind = kind;
            }
            current.add(line);
        }
        groups.add(new Group(current, currentKind));
        return groups;
    }

    /** Whether a run of non-blank lines looks hard-wrapped (see the class comment). */
    static boolean isWrapped(List<String> run) {
        if (run.size() < 2) {
            return false;
        }
        List<String> inner = run.subList(0, run.size() - 1);
        long wide = inner.stream().filter(l -> columns(l) > MAX_WRAP_WIDTH).count();
        long ended = inner.stream().filter(TextBlockSplitter::endsSentence).count();
        int width = width(run);
        long full = 0;
        for (int i = 0; i + 1 < run.size(); i++) {
            if (continues(run.get(i), run.get(i + 1), width)) {
                full++;
            }
        }
        return wide * 10 <= inner.size() && ended * 2 < inner.size() && full * 2 > inner.size();
    }

    /** Whether {@code next} continues {@code previous} in a run wrapped at {@code width} columns. */
    static boolean continues(String previous, String next, int width) {
        String word = next.strip();
        int space = word.indexOf(' ');
        String firstWord = space < 0 ? word : word.substring(0, space);
        return columns(previous) + 1 + columns(firstWord) > width;
    }

    private static int width(List<String> run) {
        int width = 0;
        for (String line : run) {
            int columns = columns(line);
            if (columns <= MAX_WRAP_WIDTH) {
                width = Math.max(width, columns);
            }
        }
        return width;
    }

    private LineKind lineKind(List<String> lines, int i) {
        String line = lines.get(i);
        if (!LETTER_OR_DIGIT.matcher(line).find()) {
            return LineKind.NO_TEXT;
        }
        if (MARKDOWN_HEADING.matcher(line).matches()) {
            return LineKind.HEADING;
        }
        if (BULLET.matcher(line).matches()) {
            return LineKind.LIST;
        }
        if (NUMBERED.matcher(line).matches()
                && (i > 0 && NUMBERED.matcher(lines.get(i - 1)).matches()
                        || i + 1 < lines.size() && NUMBERED.matcher(lines.get(i + 1)).matches())) {
            return LineKind.LIST;
        }
        return LineKind.TEXT;
    }

    private TextBlock classify(Group group, boolean paragraphSeen) {
        String first = group.lines().get(0);
        switch (group.first()) {
            case HEADING -> {
                Matcher m = MARKDOWN_HEADING.matcher(first);
                m.matches();
                BlockKind kind = m.group(1).length() == 1 ? BlockKind.HEADLINE : BlockKind.SUBHEADING;
                return new TextBlock(kind, inline(m.group(2)));
            }
            case LIST -> {
                // a bullet is formatting and goes; a number may carry meaning ("19. Juli: ...") and stays
                Matcher bullet = BULLET.matcher(first);
                String item = bullet.matches() ? bullet.group(1) : first;
                List<String> lines = new ArrayList<>(group.lines());
                lines.set(0, item);
                return new TextBlock(BlockKind.LIST_ITEM, inline(join(lines)));
            }
            case NO_TEXT -> {
                return new TextBlock(BlockKind.PARAGRAPH, join(group.lines()));
            }
            default -> {
                String text = inline(join(group.lines()));
                if (group.lines().size() == 1 && isHeadingLike(text)) {
                    return new TextBlock(paragraphSeen ? BlockKind.SUBHEADING : BlockKind.HEADLINE, text);
                }
                return new TextBlock(BlockKind.PARAGRAPH, text);
            }
        }
    }

    private String inline(String text) {
        if (!markdown) {
            return text;
        }
        String unlinked = MARKDOWN_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return MARKDOWN_STRONG.matcher(unlinked).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            boolean hyphen = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                    && !Character.isWhitespace(text.charAt(text.length() - 2));
            text.append(hyphen ? "" : " ").append(lines.get(i));
        }
        return text.toString();
    }

    /** Whether {@code text} is short and does not end like a sentence (a question may be a heading). */
    static boolean isHeadingLike(String text) {
        if (text.isBlank() || text.strip().split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = lastSignificant(text);
        return NOT_HEADING_END.indexOf(last) < 0;
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.indexOf(lastSignificant(line)) >= 0;
    }

    private static char lastSignificant(String text) {
        String s = text.strip();
        int i = s.length() - 1;
        while (i > 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 ? ' ' : s.charAt(i);
    }

    /** The columns of leading white space of {@code line}; a tab counts four. */
    static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
            columns += line.charAt(i) == '\t' ? 4 : 1;
        }
        return columns;
    }

    private static int columns(String line) {
        return line.codePointCount(0, line.length());
    }
}
