package org.parallax.pile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand, as a crawler writes them, for tests. */
final class WarcFixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int serial;

    WarcFixture(boolean gzip) {
        this.gzip = gzip;
    }

    /** A response record holding an HTTP response. */
    WarcFixture response(String uri, String date, int status, String contentType, String body) throws IOException {
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return record("response", uri, date, "application/http; msgtype=response", http);
    }

    /** A response record whose block is no HTTP message. */
    WarcFixture brokenResponse(String uri, String date) throws IOException {
        return record("response", uri, date, "application/http; msgtype=response", "NOT HTTP AT ALL\r\n\r\n");
    }

    /** A request record, which is no article. */
    WarcFixture request(String uri, String date) throws IOException {
        return record("request", uri, date, "application/http; msgtype=request",
                "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n");
    }

    private WarcFixture record(String type, String uri, String date, String contentType, String block) throws IOException {
        byte[] content = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format("%012d", ++serial) + ">\r\nWARC-Date: " + date + "\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(header.getBytes(StandardCharsets.UTF_8));
        record.write(content);
        record.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        if (gzip) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                record.writeTo(z);
            }
            member.writeTo(out);
        } else {
            record.writeTo(out);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
