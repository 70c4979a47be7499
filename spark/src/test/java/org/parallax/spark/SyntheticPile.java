package org.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parallax.bench.SyntheticArticles;

/**
 * A pile of generated German articles from a fixed seed: events of two to five outlets, each
 * outlet's article a rewrite of the event's story ({@link SyntheticArticles}), dated within two days
 * of the event's day; a share of articles that belong to no event; one line that is no article.
 * Articles go into JSON Lines files of up to 500 lines; the first events can be written as text
 * files of their own (one folder per outlet) and as pages of a WARC crawl, so that every kind of
 * record is read.
 * Deterministic for a given size.
 */
public final class SyntheticPile {

    private static final String[] OUTLETS = {"Tagesblatt", "Morgenpost", "Abendzeitung", "Rundschau", "Kurier",
        "Anzeiger", "Bote", "Nachrichten"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticPile() {
    }

    /**
     * Writes about {@code articles} articles into the folder {@code pile}.
     *
     * @param files events written as text files, the rest as JSON Lines
     * @return the number of articles written
     */
    public static int write(Path pile, int articles, int files) {
        return write(pile, articles, files, 0);
    }

    /**
     * Writes about {@code articles} articles into the folder {@code pile}: the first {@code files}
     * events as text files, the next {@code crawled} events as HTML responses in {@code crawl.warc},
     * the rest as JSON Lines.
     *
     * @return the number of articles written
     */
    public static int write(Path pile, int articles, int files, int crawled) {
        java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(articles);
        LocalDate start = LocalDate.of(2021, 1, 1);
        List<String> lines = new ArrayList<>();
        int written = 0;
        int event = 0;
        int part = 0;
        try {
            Files.createDirectories(pile);
            while (written < articles) {
                int day = random.nextInt(365);
                boolean single = random.nextInt(5) == 0;
                int outlets = single ? 1 : 2 + random.nextInt(4);
                List<List<String>> story = SyntheticArticles.article(random.nextLong(), 8 + random.nextInt(12));
                int first = random.nextInt(OUTLETS.length);
                for (int o = 0; o < outlets && written < articles; o++) {
                    String outlet = OUTLETS[(first + o) % OUTLETS.length];
                    List<List<String>> text = o == 0 ? story : SyntheticArticles.rewrite(story, random.nextLong());
                    String published = start.plusDays(day + random.nextInt(3)).toString();
                    String title = SyntheticArticles.flatten(text).get(0);
                    StringBuilder body = new StringBuilder();
                    for (List<String> paragraph : text) {
                        body.append(String.join(" ", paragraph)).append("\n\n");
                    }
                    if (event < files) {
                        Path dir = Files.createDirectories(pile.resolve(outlet.toLowerCase(java.util.Locale.ROOT)));
                        Files.writeString(dir.resolve(String.format("e%05d.txt", event)), "---\noutlet: " + outlet
                                + "\npublished: " + published + "\nlanguage: de\ntitle: " + JSON.writeValueAsString(title) + "\n---\n"
                                + body, StandardCharsets.UTF_8);
                    } else if (event < files + crawled) {
                        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><title>")
                                .append(escape(title)).append("</title></head><body><article><h1>").append(escape(title))
                                .append("</h1>");
                        for (List<String> paragraph : text) {
                            html.append("<p>").append(escape(String.join(" ", paragraph))).append("</p>");
                        }
                        html.append("</article></body></html>");
                        warcResponse(warc, "https://www." + outlet.toLowerCase(java.util.Locale.ROOT) + ".example/" + event,
                                published + "T08:00:00Z", html.toString());
                    } else {
                        ObjectNode record = JSON.createObjectNode();
                        record.put("outlet", outlet);
                        record.put("published", published);
                        record.put("language", "de");
                        record.put("title", title);
                        record.put("url", "https://" + outlet.toLowerCase(java.util.Locale.ROOT) + ".example/" + event + "/" + o);
                        record.put("text", body.toString());
                        lines.add(JSON.writeValueAsString(record));
                        if (lines.size() == 500) {
                            flush(pile, part++, lines);
                        }
                    }
                    written++;
                }
                event++;
            }
            if (warc.size() > 0) {
                Files.write(pile.resolve("crawl.warc"), warc.toByteArray());
            }
            lines.add("{\"outlet\": \"Leer\"}");
            flush(pile, part, lines);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A WARC response record holding an HTML page, as a crawler writes it. */
    private static void warcResponse(java.io.ByteArrayOutputStream out, String uri, String date, String body)
            throws IOException {
        byte[] page = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length
                + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.UTF_8), page);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: " + date
                + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void flush(Path pile, int part, List<String> lines) throws IOException {
        Files.writeString(pile.resolve(String.format("part-%04d.jsonl", part)), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        lines.clear();
    }

    /** {@code SyntheticPile FOLDER [ARTICLES]}: writes a pile for the benchmark (bench/spark.sh). */
    public static void main(String[] args) {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 12_500;
        System.out.println(write(Path.of(args[0]), n, 0) + " articles in " + args[0]);
    }
}
