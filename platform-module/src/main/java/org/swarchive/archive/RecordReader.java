package org.swarchive.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * Turns the raw properties a store holds for a document into an {@link ArchiveRecord}. Each
 * invalid value becomes a {@link FieldProblem} and is left out, so one bad field never hides
 * the rest of the record.
 */
public final class RecordReader {

    private final DocTypeCatalogue catalogue;

    public RecordReader(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The record and what was wrong with it. */
    public record Result(ArchiveRecord record, List<FieldProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result read(String id, String name, Map<String, String> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> valid = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            Optional<RecordProperty> property = RecordProperty.fromKey(key);
            String v = value == null ? "" : value.trim();
            Optional<Text> problem = property.flatMap(p -> p.problemWith(v));
            if (problem.isPresent()) {
                problems.add(new FieldProblem(key, v, problem.get()));
            } else {
                valid.put(key, v);
            }
        });

        String docTypeId = valid.get(RecordProperty.DOC_TYPE.key());
        DocType docType = null;
        if (docTypeId == null) {
            if (!raw.containsKey(RecordProperty.DOC_TYPE.key())) {
                problems.add(new FieldProblem(RecordProperty.DOC_TYPE.key(), "",
                        Message.of("archive.doc-type.missing")));
            }
        } else {
            docType = catalogue.find(docTypeId).orElse(null);
            if (docType == null) {
                problems.add(new FieldProblem(RecordProperty.DOC_TYPE.key(), docTypeId,
                        Message.of("archive.doc-type.unknown", docTypeId)));
                valid.remove(RecordProperty.DOC_TYPE.key());
            }
        }

        Category category = Optional.ofNullable(valid.get(RecordProperty.CATEGORY.key()))
                .flatMap(Category::fromId)
                .orElse(docType == null ? null : docType.category());
        Retention retention = Optional.ofNullable(valid.get(RecordProperty.RETENTION.key()))
                .flatMap(Retention::parse)
                .orElse(docType == null ? null : docType.retention());
        Period period = Optional.ofNullable(valid.get(RecordProperty.PERIOD.key())).flatMap(Period::parse).orElse(null);
        // Read from the raw value: one outside the list is a problem above AND sensitive here (§6.3).
        Confidentiality confidentiality = Confidentiality.read(raw.get(RecordProperty.CONFIDENTIALITY.key())).orElse(null);
        var documentDate = Optional.ofNullable(valid.get(RecordProperty.DOCUMENT_DATE.key()))
                .flatMap(RecordProperty::parseDate).orElse(null);

        ArchiveRecord record = new ArchiveRecord(id, name, docType == null ? null : docType.id(), category, period,
                documentDate, retention, confidentiality, valid);
        return new Result(record, problems);
    }
}
