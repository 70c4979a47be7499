package org.parallax.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packages' layering, read from the compiled classes (every class reference counts, not only
 * import statements). A package may use the packages below it, never one above it, and no two
 * packages may depend on each other through any path. From the bottom:
 *
 * <ol>
 *   <li>{@code model}, {@code io}: the records every stage shares; writing files whole</li>
 *   <li>{@code ingest}: reading article files</li>
 *   <li>{@code pile}: reading piles of articles (folders, JSON Lines, WARC)</li>
 *   <li>{@code clean}: removing boilerplate</li>
 *   <li>{@code normalise}: comparison forms</li>
 *   <li>{@code segment}: blocks to sentences</li>
 *   <li>{@code align}: sentence alignment</li>
 *   <li>{@code diff}: word diffs</li>
 *   <li>{@code frame}: framing markers and their comparison</li>
 *   <li>{@code claims}: grouping aligned sentences into claims</li>
 *   <li>{@code report}: JSON, CSV and HTML of a comparison</li>
 *   <li>{@code pipeline}: the stages in order and the report service</li>
 *   <li>{@code profile}: outlet profiles across events</li>
 *   <li>{@code site}: the static site</li>
 *   <li>{@code cluster}: grouping a pile of articles into events, written as a corpus</li>
 *   <li>{@code cli}: the commands</li>
 * </ol>
 */
class LayeringTest {

    /** The layers from the bottom; packages in one layer may not use each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("model", "io"),
            List.of("ingest"),
            List.of("pile"),
            List.of("clean"),
            List.of("normalise"),
            List.of("segment"),
            List.of("align"),
            List.of("diff"),
            List.of("frame"),
            List.of("claims"),
            List.of("report"),
            List.of("pipeline"),
            List.of("profile"),
            List.of("site"),
            List.of("cluster"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
    }

    static Stream<String> packages() {
        return LAYERS.stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0} uses no package above it")
    @MethodSource("packages")
    void noPackageUsesOneAboveIt(String pkg) {
        int layer = layerOf(pkg);
        List<String> notBelow = LAYERS.subList(layer, LAYERS.size()).stream().flatMap(List::stream)
                .filter(p -> !p.equals(pkg)).map(p -> "org.parallax." + p + "..").toList();
        noClasses().that().resideInAPackage("org.parallax." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(notBelow.toArray(String[]::new))
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.parallax.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasItsLayer() {
        Set<String> found = new TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().substring("org.parallax".length());
            if (rest.startsWith(".")) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        });
        assertThat(packages().toList()).containsAll(found);
    }

    private static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new IllegalArgumentException(pkg);
    }
}
