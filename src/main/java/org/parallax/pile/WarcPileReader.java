package org.parallax.pile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.ingest.ArticleReadException;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.HtmlArticleReader;
import org.parallax.ingest.RawArticle;

/**
 * Reads WARC files ({@code .warc}, {@code .warc.gz}, as a crawl such as Common Crawl's news crawl
 * writes them) with jwarc. Each {@code response} record whose HTTP payload is {@code text/html} (or
 * {@code application/xhtml+xml}) is read as a page: the target URI becomes the {@code url}, the
 * host the fallback outlet, and when the page states no publication date the capture's date is
 * taken; {@code warc-date} keeps the capture time. Responses with a status other than 2xx, and
 * pages without article text or with a broken HTTP message, are bad records; other records (requests, metadata, images) are
 * skipped. A file that breaks off (truncated, not WARC) ends with one bad record: the record it
 * broke off in, or, when the break leaves no readable record header, the last record read. Locations are {@code file@offset}, the offset of the record
 * in the file (of its gzip member in a {@code .warc.gz}). Stateless and thread-safe.
 */
final class WarcPileReader {

    private final HtmlArticleReader html = new HtmlArticleReader();

    void read(Path file, String name, PileSink sink) {
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return;
                }
                offset = reader.position();
                String location = name + "@" + offset;
                if (!(next.get() instanceof WarcResponse response)) {
                    sink.skipped(location, "WARC " + next.get().type() + " record");
                    continue;
                }
                try {
                    read(response, location, sink);
                } catch (ArticleReadException e) {
                    sink.bad(new BadRecord(location, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    // the record's HTTP message is broken; the WARC record around it is whole, so go on
                    sink.bad(new BadRecord(location, "cannot read the HTTP response: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                }
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            sink.bad(new BadRecord(name + "@" + offset, "cannot read WARC after the record at this offset: " + why
                    + "; the rest of the file is skipped"));
        }
    }

    private void read(WarcResponse response, String location, PileSink sink) throws IOException {
        MediaType type = response.contentType();
        if (!"http".equals(type.subtype())) {
            sink.skipped(location, "not an HTTP response");
            return;
        }
        HttpResponse http = response.http();
        MediaType payload = http.contentType().base();
        String kind = payload.type() + "/" + payload.subtype();
        if (!kind.equals("text/html") && !kind.equals("application/xhtml+xml")) {
            sink.skipped(location, kind);
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            throw new ArticleReadException("HTTP status " + http.status() + "; no article");
        }
        byte[] bytes;
        try (InputStream body = http.body().stream()) {
            bytes = body.readNBytes((int) ArticleReaders.MAX_BYTES + 1);
        }
        if (bytes.length > ArticleReaders.MAX_BYTES) {
            throw new ArticleReadException("page larger than " + (ArticleReaders.MAX_BYTES >> 20) + " MB; refused");
        }
        String charset = http.contentType().parameters().get("charset");
        if (charset != null && !java.nio.charset.Charset.isSupported(charset)) {
            charset = null;
        }
        String url = response.target();
        String outlet = PileMetadata.outletFromUrl(url).orElse("unknown");
        RawArticle raw = html.parse(bytes, charset, location, outlet);
        Map<String, String> fields = new TreeMap<>();
        String captured = response.date().atOffset(ZoneOffset.UTC).toString();
        fields.put("warc-date", captured);
        if (raw.metadata().published().isBlank()) {
            fields.put("published", captured);
        }
        if (raw.metadata().url().isBlank()) {
            fields.put("url", url);
        }
        fields.put("warc-target-uri", url);
        sink.article(new PileRecord(location, PileMetadata.override(raw, fields, location), Optional.empty()));
    }
}
