package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * "Manage Aspects" and the rules' aspect lists after Share has merged this module's DocumentLibrary
 * config into its own (docs/alfresco.md, "Manage Aspects"). Replays, without Share:
 *
 * <ul>
 *   <li>the stock section (share-documentlibrary-config.xml): a {@code <visible>} list and empty
 *       {@code <addable>}/{@code <removeable>}, which mean "same as visible";</li>
 *   <li>Surf's merge of two sections of one condition (DefaultLookupAlgorithm.process →
 *       GenericConfigElement.combine): the combined {@code <aspects>} has the stock children, then the
 *       module's, appended; nothing is merged by name;</li>
 *   <li>Share's reading (config.lib.js getDocumentLibraryAspects, aspects.get.js, aspects.js): every
 *       {@code <addable>} child's aspects together, falling back to the visible ones only when that
 *       union is empty; the same for {@code <removeable>}.</li>
 * </ul>
 */
class DocumentLibraryAspectsTest {

    /** A part of Share's own visible list (share-documentlibrary-config.xml, DocumentLibrary/aspects/visible). */
    private static final List<String> STOCK_VISIBLE = List.of("cm:generalclassifiable", "cm:complianceable",
            "cm:dublincore", "cm:effectivity", "cm:summarizable", "cm:versionable", "cm:templatable", "cm:emailed",
            "cm:taggable", "app:inlineeditable", "cm:geographic", "exif:exif", "audio:audio", "cm:indexControl");

    /** Aspects every record has from its type (swa:record's mandatory aspects): never offered for removal. */
    private static final Set<String> RECORD_MANDATORY = Set.of("swa:retention", "swa:confidential");

    /** A config element as Surf's GenericElementReader keeps it: a name and its children, in order. */
    record Generic(String name, List<String> aspectNames, List<Generic> children) {
        static Generic of(Element e) {
            List<Generic> kids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    kids.add(of(c));
                    if (c.getLocalName().equals("aspect")) {
                        names.add(c.getAttribute("name"));
                    }
                }
            }
            return new Generic(e.getLocalName(), names, kids);
        }

        /** GenericConfigElement.combine: this one's children, then the other's. */
        Generic combine(Generic other) {
            List<Generic> kids = new ArrayList<>(children);
            kids.addAll(other.children);
            return new Generic(name, List.of(), kids);
        }

        /** config.lib.js getConfigAspects: the aspect names of every child with that name. */
        List<String> aspects(String childName) {
            List<String> out = new ArrayList<>();
            children.stream().filter(c -> c.name.equals(childName)).forEach(c -> out.addAll(c.aspectNames));
            return out;
        }
    }

    record Filter(Set<String> visible, Set<String> addable, Set<String> removeable) {
        /** config.lib.js getDocumentLibraryAspects (and aspects.js _requestAspectDataSuccess): empty means visible. */
        static Filter of(Generic aspects) {
            Set<String> visible = new LinkedHashSet<>(aspects.aspects("visible"));
            Set<String> addable = new LinkedHashSet<>(aspects.aspects("addable"));
            Set<String> removeable = new LinkedHashSet<>(aspects.aspects("removeable"));
            return new Filter(visible, addable.isEmpty() ? visible : addable, removeable.isEmpty() ? visible : removeable);
        }
    }

    private static Generic stockAspects() {
        return new Generic("aspects", List.of(), List.of(
                new Generic("visible", STOCK_VISIBLE, List.of()),
                new Generic("addable", List.of(), List.of()),
                new Generic("removeable", List.of(), List.of())));
    }

    private static Generic moduleAspects() {
        Element doclib = Resources.children(Resources.xml(Resources.SHARE_CONFIG).getDocumentElement(), "config").stream()
                .filter(c -> "DocumentLibrary".equals(c.getAttribute("condition"))).findFirst().orElseThrow();
        assertThat(doclib.getAttribute("replace")).as("a replacing section would drop Share's own indicators, types, ...").isNotEqualTo("true");
        return Generic.of(Resources.child(doclib, "aspects"));
    }

    @Test
    void should_keep_the_stock_aspects_addable_and_removable_when_share_merges_the_module_into_its_defaults() {
        Filter merged = Filter.of(stockAspects().combine(moduleAspects()));

        assertThat(merged.addable()).as("Manage Aspects: addable, and the rules' add-features list").containsAll(STOCK_VISIBLE);
        assertThat(merged.removeable()).as("Manage Aspects: removable, and the rules' remove-features list").containsAll(STOCK_VISIBLE);
        assertThat(merged.addable()).contains("swa:held", "swa:evidenceLinked", "swa:subject", "swa:pendingFiling");
        assertThat(merged.removeable()).contains("swa:held", "swa:evidenceLinked", "swa:subject", "swa:pendingFiling");
    }

    @Test
    void should_never_offer_to_remove_a_records_mandatory_aspect_when_the_lists_fall_back_to_visible() {
        Filter merged = Filter.of(stockAspects().combine(moduleAspects()));

        // The repository refuses the removal at commit anyway (AspectsIntegrityEvent: "Mandatory aspect not set").
        assertThat(merged.removeable()).doesNotContainAnyElementsOf(RECORD_MANDATORY);
        assertThat(merged.visible()).containsAll(STOCK_VISIBLE);
    }
}
