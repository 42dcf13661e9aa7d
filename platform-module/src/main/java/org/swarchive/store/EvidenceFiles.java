package org.swarchive.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.Confidentiality;

/**
 * The documents behind record ids, for a person who wants to open an evidence file. An id is
 * only ever resolved inside the station: anything that would lead outside it (a crafted
 * {@code ../}, an absolute path, a link) or to the product's own hidden notes is simply not found.
 */
public interface EvidenceFiles {

    Optional<EvidenceFile> open(String recordId);

    /**
     * Whether a record id is a plain relative path below the station folder, as every store names
     * records: no empty, {@code .} or {@code ..} or hidden segment, no backslash, NUL, colon or
     * leading slash, no metadata file. Anything else is not a record of the station on any store.
     */
    static boolean isPlainId(String id) {
        return id != null && !id.isBlank() && id.indexOf('\\') < 0 && id.indexOf('\0') < 0 && !id.startsWith("/")
                && !id.contains(":") && !id.endsWith(MetadataXml.SUFFIX) && !id.endsWith("/")
                && java.util.Arrays.stream(id.split("/", -1)).allMatch(s -> !s.isEmpty() && !s.startsWith("."));
    }

    /**
     * A document that may be shown: its name, size, confidentiality (null when unmarked), content,
     * and the record's properties (its {@code swa:} metadata and {@code cm:title}, as strings) for
     * the access register.
     */
    record EvidenceFile(String id, String name, long size, Confidentiality confidentiality, Content content,
                        Map<String, String> properties) {
        public EvidenceFile {
            properties = Map.copyOf(properties);
        }

        public EvidenceFile(String id, String name, long size, Confidentiality confidentiality, Content content) {
            this(id, name, size, confidentiality, content, Map.of());
        }
    }

    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }
}
