package org.parallax.normalise;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to normalise about one megabyte (10^6 chars) of German news text. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main TextNormaliserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextNormaliserBenchmark {

    private static final String PARAGRAPH = "Die US-Regierung hat China für einen groß angelegten Hackerangriff auf "
            + "E-Mail-Server von Microsoft verantwortlich gemacht. „Die Volksrepublik hat ein Ökosystem "
            + "krimineller Hacker geschaffen“, teilte das Weiße Haus am Montag mit. Betroffen seien "
            + "mindestens 30\u00A0000 Organisationen – darunter Behörden, Journalist:innen und Unternehmen. "
            + "Der Schaden liege bei 1,5 Milliarden Dollar; Peking wies die Vorwürfe am 19.07.2021 zurück.\n\n";

    private String text;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder(1_000_000 + PARAGRAPH.length());
        while (sb.length() < 1_000_000) {
            sb.append(PARAGRAPH);
        }
        text = sb.substring(0, 1_000_000);
    }

    @Benchmark
    public NormalForm normaliseOneMegabyte() {
        return TextNormaliser.defaults().normalise(text);
    }
}
