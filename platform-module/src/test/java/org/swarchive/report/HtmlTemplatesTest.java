package org.swarchive.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.Language;

/** The product's HTML templates: their texts come from the bundles, and what they show of the data is never markup. */
class HtmlTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/report/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern TEXT = Pattern.compile("#\\{([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]+?)[(}]");

    @Test
    void should_find_every_text_a_template_names_in_both_bundles_when_built() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEXT.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    String room = key.substring(0, key.indexOf('.'));
                    for (String bundle : List.of(room + ".properties", room + "_en.properties")) {
                        if (load(BUNDLES.resolve(bundle)).getProperty(key) == null) {
                            missing.add(key + " in " + bundle + " (" + template.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("texts named in templates but absent from their bundles").isEmpty();
    }

    @Test
    void should_write_data_as_text_when_it_looks_like_markup() {
        String page = HtmlTemplates.render("report/templates/access-register", Language.ZH, Map.of(
                "title", "<script>alert(1)</script>", "header", new String[] {"查阅人"},
                "rows", List.<String[]>of(new String[] {"\"><img src=x onerror=alert(1)>&'"})));

        assertThat(page).doesNotContain("<script", "<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;");
    }

    @Test
    void should_say_the_templates_own_words_in_the_pages_language_when_rendered() {
        Map<String, Object> mail = Map.of("subject", "s", "heading", "h", "facts", List.of(), "sections", List.of());

        assertThat(HtmlTemplates.render("report/templates/digest-mail", Language.EN, mail))
                .startsWith("<!DOCTYPE html><html lang=\"en\">").contains("Sent by Station Archives.");
        assertThat(HtmlTemplates.render("report/templates/digest-mail", Language.ZH, mail))
                .startsWith("<!DOCTYPE html><html lang=\"zh-CN\">").contains("此邮件由 Station Archives");
    }

    @Test
    void should_fail_loudly_when_a_template_is_missing() {
        assertThatThrownBy(() -> HtmlTemplates.render("report/templates/no-such-page", Language.ZH, Map.of()))
                .hasMessageContaining("no-such-page");
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
