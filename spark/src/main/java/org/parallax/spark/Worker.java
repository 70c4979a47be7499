package org.parallax.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.Article;
import org.parallax.pile.BadRecord;
import org.parallax.pile.PileReader;
import org.parallax.pile.PileRecord;
import org.parallax.pile.PileSink;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.pipeline.ReportService;

/**
 * What each executor keeps once per JVM and run settings: the pile reader, the article loader and the
 * report service of the run's pipeline, as {@code cluster} and {@code build} use them. Tasks call in
 * from several threads; all three are thread-safe.
 */
final class Worker {

    private static final Map<Settings, Worker> INSTANCES = new ConcurrentHashMap<>();

    final PipelineOptions options;
    final PileReader reader = new PileReader();
    final ArticleLoader loader;
    final ReportService reports;

    /** The records of the files read last: the events of one pile file follow each other. */
    private final Map<String, List<Read>> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Read>> eldest) {
            return size() > 2 * Runtime.getRuntime().availableProcessors();
        }
    };

    private Worker(Settings settings) {
        options = settings.options();
        loader = new ArticleLoader(options);
        reports = new ReportService(options, settings.renderer(), warning -> { });
    }

    /** {@link #read}, from the files read last when this file is one of them. */
    List<Read> readAgain(PileFiles.PileFile file) {
        synchronized (recent) {
            List<Read> r = recent.get(file.path());
            if (r != null) {
                return r;
            }
        }
        List<Read> r = read(file);
        synchronized (recent) {
            recent.put(file.path(), r);
        }
        return r;
    }

    /** The worker of these settings in this JVM. */
    static Worker get(Settings settings) {
        return INSTANCES.computeIfAbsent(settings, Worker::new);
    }

    /** A record of a file read on its own, named as the pile names it, or why it could not be read. */
    record Read(PileRecord record, BadRecord bad) {
    }

    /** Reads one file of the pile; locations are given as the pile names them. */
    List<Read> read(PileFiles.PileFile file) {
        Path path = Path.of(file.path());
        String fileName = path.getFileName().toString();
        List<Read> out = new ArrayList<>();
        reader.read(path, new PileSink() {
            @Override
            public void article(PileRecord r) {
                out.add(new Read(new PileRecord(PileFiles.location(r.location(), fileName, file.name()), r.article(),
                        r.file()), null));
            }

            @Override
            public void bad(BadRecord b) {
                out.add(new Read(null, new BadRecord(PileFiles.location(b.location(), fileName, file.name()),
                        b.reason())));
            }

            @Override
            public void skipped(String location, String why) {
                // no article: WARC requests, images
            }
        });
        return out;
    }

    /** The record as loaded; null with {@code error[0]} set when nothing of it is left. */
    Article load(PileRecord record, String id, String[] error) {
        try {
            return loader.load(record.article(), id);
        } catch (ArticleReadException e) {
            error[0] = e.getMessage();
            return null;
        }
    }
}
