package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every element of the model is labelled in Chinese and English, with Alfresco's message keys. */
class ModelLabelsTest {

    static final String BUNDLE = "alfresco/module/swarchive-content-models/messages/swa-model";
    private static final String MODEL_KEY = "swa_stationArchives";

    private final SwaModel model = SwaModel.load();

    static Properties bundle(String suffix) {
        String resource = BUNDLE + suffix + ".properties";
        try (InputStream in = ModelLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(in); // ISO-8859-1 with \\u escapes, as every Alfresco bundle loader reads it
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String qname) {
        return qname.replace(':', '_');
    }

    /** The keys the data dictionary looks up for this model's titles. */
    private List<String> titleKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(MODEL_KEY + ".description");
        model.classes().forEach(c -> keys.add(MODEL_KEY + "." + c.kind() + "." + key(c.name()) + ".title"));
        model.properties().forEach(p -> keys.add(MODEL_KEY + ".property." + key(p.name()) + ".title"));
        model.constraints.keySet().forEach(c -> keys.add(MODEL_KEY + ".constraint." + key(c) + ".title"));
        return keys;
    }

    private List<String> listValueKeys() {
        List<String> keys = new ArrayList<>();
        model.constraints.values().stream().filter(c -> c.type().equals("LIST")).forEach(c ->
                c.allowedValues().forEach(v -> keys.add("listconstraint." + key(c.name()) + "." + v)));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_en", ""})
    void should_label_every_type_aspect_property_and_constraint_when_the_bundle_is_loaded(String suffix) {
        Properties labels = bundle(suffix);

        List<String> missing = titleKeys().stream().filter(k -> labels.getProperty(k, "").isBlank()).toList();
        assertThat(missing).as("missing in swa-model" + suffix).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_en", ""})
    void should_label_every_list_value_when_the_bundle_is_loaded(String suffix) {
        Properties labels = bundle(suffix);

        assertThat(listValueKeys()).contains("listconstraint.swa_categoryList.documents",
                "listconstraint.swa_docTypeList.monthly-summary", "listconstraint.swa_confidentialityList.sensitive");
        List<String> missing = listValueKeys().stream().filter(k -> labels.getProperty(k, "").isBlank()).toList();
        assertThat(missing).as("missing in swa-model" + suffix).isEmpty();
    }

    @Test
    void should_write_chinese_when_the_bundle_is_zh_CN() {
        Properties zh = bundle("_zh_CN");
        List<String> keys = new ArrayList<>(titleKeys());
        keys.addAll(listValueKeys());

        List<String> notChinese = keys.stream()
                .filter(k -> zh.getProperty(k, "").codePoints().noneMatch(ModelLabelsTest::isHan)).toList();
        assertThat(notChinese).as("zh_CN labels without a Chinese character").isEmpty();
    }

    @Test
    void should_write_english_when_the_bundle_is_en() {
        Properties en = bundle("_en");

        assertThat(en.values()).allMatch(v -> v.toString().codePoints().noneMatch(ModelLabelsTest::isHan),
                "no Chinese in the English bundle");
        assertThat(bundle("").entrySet()).as("the default bundle is the English one").isEqualTo(en.entrySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_en", ""})
    void should_hold_no_stale_key_when_an_element_is_renamed_or_removed(String suffix) {
        Set<String> known = new HashSet<>(titleKeys());
        known.addAll(listValueKeys());
        model.classes().forEach(c -> known.add(MODEL_KEY + "." + c.kind() + "." + key(c.name()) + ".description"));
        model.properties().forEach(p -> known.add(MODEL_KEY + ".property." + key(p.name()) + ".description"));

        assertThat(bundle(suffix).stringPropertyNames()).as("keys of swa-model" + suffix).isSubsetOf(known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_en", ""})
    void should_escape_non_ascii_when_a_bundle_is_written(String suffix) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertThat(b & 0xff).as("swa-model" + suffix + " is ASCII (\\uXXXX escapes)").isLessThan(0x80);
            }
        }
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
