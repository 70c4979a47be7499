package org.parallax.diff;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to diff one pair of reworded news sentences. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main WordDifferBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WordDifferBenchmark {

    private final String left = "Die Volksrepublik China stecke hinter dem groß angelegten Angriff auf die "
            + "E-Mail-Server von Microsoft, teilte das Weiße Haus am Montag in Washington mit; betroffen seien "
            + "mindestens 30.000 Organisationen.";
    private final String right = "Hinter dem großangelegten Angriff auf die Emailserver von Microsoft stecke "
            + "mit hoher Wahrscheinlichkeit China, hieß es am Montag aus Washington – betroffen seien mindestens "
            + "30\u00A0000 Organisationen weltweit.";

    @Benchmark
    public Object diffSentencePair() {
        return WordDiffer.defaults().diff(left, right);
    }
}
