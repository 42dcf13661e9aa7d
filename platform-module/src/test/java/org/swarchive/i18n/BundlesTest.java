package org.swarchive.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle speaks both languages, and every key the code names is in its bundle. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.of\\(\\s*\"([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]+)\"");
    private static final Path TEMPLATES = Path.of("src/main/resources");
    /** An enum of {@link Wording}: its constants up to the first {@code ;}, and the keys' beginning it returns. */
    private static final Pattern WORDING_ENUM = Pattern.compile("enum \\w+ implements [^{]*\\bWording\\b[^{]*\\{(.*?);", Pattern.DOTALL);
    private static final Pattern WORDING = Pattern.compile("String wording\\(\\)\\s*\\{\\s*return \"([a-z][a-z0-9.-]*)\";");
    private static final Pattern CONSTANT = Pattern.compile("(?:^|,)\\s*([A-Z][A-Z0-9_]*)\\s*(?=\\(|,|$)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** {@code #{dashboard.title}}, {@code #{dashboard.more(${n})}}, {@code #messages.msg('dashboard.standing')}. */
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])[(}]"
            + "|#messages\\.msg(?:OrNull)?\\('([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]+)'");
    /** A key made up in the template, {@code #{${'dashboard.trend.' + s.trend()}}}: its bundle must have such keys. */
    private static final Pattern PREFIX_IN_TEMPLATE = Pattern.compile("#\\{\\$\\{'([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]+\\.)'");

    @Test
    void should_have_the_same_keys_in_chinese_and_english_when_a_room_has_a_bundle() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path zh : files.filter(p -> p.getFileName().toString().matches("[a-z][a-z0-9-]*\\.properties")).toList()) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English beside %s", zh).exists();
                assertThat(load(en).stringPropertyNames()).as("keys of %s against %s", en, zh)
                        .containsExactlyInAnyOrderElementsOf(load(zh).stringPropertyNames());
            }
        }
    }

    @Test
    void should_find_every_key_the_code_names_in_its_bundle_when_built() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(java, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    Path bundle = BUNDLES.resolve(key.substring(0, key.indexOf('.')) + ".properties");
                    if (!Files.exists(bundle) || load(bundle).getProperty(key) == null) {
                        missing.add(key + " (" + SOURCES.relativize(java) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys named in code but absent from their bundle").isEmpty();
    }

    @Test
    void should_find_the_words_of_every_constant_when_an_enum_is_a_wording() throws IOException {
        Set<String> missing = new TreeSet<>();
        int constants = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(java, StandardCharsets.UTF_8)).replaceAll("");
                Matcher e = WORDING_ENUM.matcher(code);
                Matcher w = WORDING.matcher(code);
                if (!e.find()) {
                    continue;
                }
                assertThat(w.find()).as("wording() of %s returns a literal", java).isTrue();
                // Only the constants' names, not their arguments: drop what stands in parentheses.
                String names = e.group(1).replaceAll("\\([^()]*\\)", "");
                Matcher c = CONSTANT.matcher(names);
                while (c.find()) {
                    constants++;
                    String key = w.group(1) + "." + c.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
                    if (!bundleOf(key).stringPropertyNames().contains(key)) {
                        missing.add(key + " (" + SOURCES.relativize(java) + ")");
                    }
                }
            }
        }
        assertThat(constants).as("constants of Wording enums found").isGreaterThan(50);
        assertThat(missing).as("constants of a Wording enum without their words").isEmpty();
    }

    @Test
    void should_find_every_key_a_template_names_when_built() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(html, StandardCharsets.UTF_8);
                Matcher m = KEY_IN_TEMPLATE.matcher(text);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!bundleOf(key).stringPropertyNames().contains(key)) {
                        missing.add(key + " (" + TEMPLATES.relativize(html) + ")");
                    }
                }
                Matcher p = PREFIX_IN_TEMPLATE.matcher(text);
                while (p.find()) {
                    String prefix = p.group(1);
                    if (bundleOf(prefix).stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                        missing.add(prefix + "* (" + TEMPLATES.relativize(html) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys named in templates but absent from their bundle").isEmpty();
    }

    private static Properties bundleOf(String key) throws IOException {
        Path bundle = BUNDLES.resolve(key.substring(0, key.indexOf('.')) + ".properties");
        return Files.exists(bundle) ? load(bundle) : new Properties();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
