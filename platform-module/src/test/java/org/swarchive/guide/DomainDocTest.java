package org.swarchive.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.RecordProperty;
import org.swarchive.library.CatalogueLoader;

/**
 * {@code docs/domain.md} stays in step with the contract ({@code ../shared/domain.md}, which stays
 * authoritative): the same numbered sections under the same names, so that a comment citing
 * {@code docs/domain.md §n} lands on the contract's rule §n, and every category id, document-type id
 * and record property the contract names. Without the contract beside the repository those checks
 * are skipped; the ones against the code's own names always run.
 */
class DomainDocTest {

    private static final Pattern SECTION = Pattern.compile("^## (\\d+)\\. (.+)$", Pattern.MULTILINE);
    private static final Pattern TABLE_ID = Pattern.compile("^\\| `([a-z][a-z0-9-]*)` \\|", Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("swa:[A-Za-z]+");

    private static final Path DOC = ProjectFiles.root().resolve("docs/domain.md");

    @Test
    void should_number_and_name_every_section_as_the_contract_does_when_the_contract_is_beside_the_repository() throws IOException {
        Map<String, Section> contract = sections(contract());
        Map<String, Section> ours = sections(Files.readString(DOC));
        assertThat(ours.keySet()).as("docs/domain.md's numbered sections").containsAll(contract.keySet());
        for (Section c : contract.values()) {
            assertThat(ours.get(c.number()).name()).as("docs/domain.md §%s names the contract's rule", c.number()).isEqualTo(c.name());
        }
    }

    @Test
    void should_name_every_category_doc_type_and_property_of_the_contract_when_the_contract_is_beside_the_repository()
            throws IOException {
        Map<String, Section> contract = sections(contract());
        Map<String, Section> ours = sections(Files.readString(DOC));
        List<String> missing = new ArrayList<>();
        for (String n : List.of("1", "2")) {
            for (String id : tableIds(contract.get(n).text())) {
                if (!ours.get(n).text().contains("`" + id + "`")) {
                    missing.add("§" + n + " `" + id + "`");
                }
            }
        }
        PROPERTY.matcher(contract.get("3").text()).results().map(m -> m.group()).distinct()
                .filter(p -> !Pattern.compile("(?<![A-Za-z])" + p + "(?![A-Za-z])").matcher(ours.get("3").text()).find())
                .forEach(p -> missing.add("§3 `" + p + "`"));
        assertThat(missing).as("named in ../shared/domain.md but not in docs/domain.md (keep the two in step)").isEmpty();
    }

    @Test
    void should_name_every_shipped_category_doc_type_and_record_property_in_their_sections() throws IOException {
        Map<String, Section> ours = sections(Files.readString(DOC));
        List<String> missing = new ArrayList<>();
        Arrays.stream(Category.values()).map(Category::id).filter(id -> !ours.get("1").text().contains("`" + id + "`"))
                .forEach(id -> missing.add("§1 `" + id + "`"));
        new CatalogueLoader().shipped().all().stream().map(DocType::id).filter(id -> !ours.get("2").text().contains("`" + id + "`"))
                .forEach(id -> missing.add("§2 `" + id + "`"));
        Arrays.stream(RecordProperty.values()).map(RecordProperty::key).filter(k -> !ours.get("3").text().contains("`" + k + "`"))
                .forEach(k -> missing.add("§3 `" + k + "`"));
        assertThat(missing).as("in the code but not in docs/domain.md").isEmpty();
    }

    private static String contract() throws IOException {
        Optional<Path> contract = ProjectFiles.shared("domain.md");
        assumeTrue(contract.isPresent(), "the contract is not beside the repository (" + ProjectFiles.sharedPath("domain.md")
                + "): docs/domain.md is not compared with it");
        return Files.readString(contract.get());
    }

    /** A numbered section: its number, its name (the heading up to the first parenthesis) and its text up to the next one. */
    record Section(String number, String name, String text) {
    }

    static Map<String, Section> sections(String markdown) {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<Heading> heads = SECTION.matcher(markdown).results().map(m -> new Heading(m.start(), m.group(1), m.group(2))).toList();
        for (int i = 0; i < heads.size(); i++) {
            Heading h = heads.get(i);
            int end = i + 1 < heads.size() ? heads.get(i + 1).start() : markdown.length();
            String heading = h.heading();
            String name = (heading.contains("(") ? heading.substring(0, heading.indexOf('(')) : heading).trim();
            sections.put(h.number(), new Section(h.number(), name, markdown.substring(h.start(), end)));
        }
        return sections;
    }

    private record Heading(int start, String number, String heading) {
    }

    private static List<String> tableIds(String section) {
        return TABLE_ID.matcher(section).results().map(m -> m.group(1)).toList();
    }
}
