package org.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The wording the templates show readers ({@code #{key}}), read from {@code messages.properties}
 * beside the templates (UTF-8): the built-in file packaged under {@code templates/}, overlaid by the
 * same file in a user's templates directory, key by key. Values are {@link MessageFormat} patterns.
 * Immutable and thread-safe.
 */
final class TemplateMessages implements IMessageResolver {

    static final String FILE = "messages.properties";

    private final Properties messages;

    private TemplateMessages(Properties messages) {
        this.messages = messages;
    }

    /**
     * The built-in messages, overlaid by {@code dir/messages.properties} when {@code dir} is not null
     * and holds one.
     *
     * @throws UncheckedIOException when a messages file cannot be read
     */
    static TemplateMessages load(Path dir) {
        Properties p = new Properties();
        try (InputStream in = TemplateMessages.class.getClassLoader().getResourceAsStream("templates/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("built-in templates/" + FILE + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (dir != null && Files.isRegularFile(dir.resolve(FILE))) {
                try (Reader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        return new TemplateMessages(p);
    }

    @Override
    public String getName() {
        return "parallax-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return null;
        }
        if (parameters == null || parameters.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        return "??" + key + "??";
    }
}
