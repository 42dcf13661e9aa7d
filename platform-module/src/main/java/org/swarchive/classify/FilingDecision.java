package org.swarchive.classify;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.DocType;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * Where and as what a document is filed: doc type (and so category and retention), the period it
 * covers or the date it stands at, its subject, the register fields it states, and how sure the
 * filer is. The archive code is the next item of {@link #series}, drawn when the document is
 * actually filed, so a failure never burns a number.
 *
 * @param fields     register fields read from the document (property key to value), docs/domain.md §3
 * @param confidence 0–1; below the filer's threshold the decision is only proposed for review
 */
public record FilingDecision(DocType docType, Optional<Period> period, Optional<LocalDate> documentDate,
                             Optional<String> subject, Map<String, String> fields, double confidence,
                             List<Text> reasons, List<Text> sensitiveMarkers, Optional<String> subjectName) {

    /** A decision without the subject's name (only a register document's is kept, in its 题名). */
    public FilingDecision(DocType docType, Optional<Period> period, Optional<LocalDate> documentDate,
                          Optional<String> subject, Map<String, String> fields, double confidence, List<Text> reasons,
                          List<Text> sensitiveMarkers) {
        this(docType, period, documentDate, subject, fields, confidence, reasons, sensitiveMarkers, Optional.empty());
    }

    /** The record's note property: why filing set its confidentiality ({@code swa:filingNote} waits in the inbox only). */
    public static final String CONFIDENTIALITY_NOTE = "swa:confidentialityNote";

    /** A decision on a text that shows no marker of sensitive personal information. */
    public FilingDecision(DocType docType, Optional<Period> period, Optional<LocalDate> documentDate,
                          Optional<String> subject, Map<String, String> fields, double confidence, List<Text> reasons) {
        this(docType, period, documentDate, subject, fields, confidence, reasons, List.of(), Optional.empty());
    }

    public FilingDecision {
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectName, "subjectName");
        fields = Map.copyOf(fields);
        reasons = List.copyOf(reasons);
        sensitiveMarkers = List.copyOf(sensitiveMarkers);
        if (period.isEmpty() && documentDate.isEmpty()) {
            throw new IllegalArgumentException("a filing decision needs a period or a document date");
        }
    }

    public Category category() {
        return docType.category();
    }

    public Retention retention() {
        return docType.retention();
    }

    /**
     * {@code swa:confidentiality}: the type's level (docs/domain.md §6.3), raised to {@code sensitive}
     * when the text shows a marker of PIPL art. 28.
     */
    public Confidentiality confidentiality() {
        return sensitiveMarkers.isEmpty() ? docType.confidentiality() : docType.confidentiality().atLeast(Confidentiality.SENSITIVE);
    }

    /** Why the record is sensitive, in the station's language, for the record's note; empty when it is not raised. */
    public Optional<String> confidentialityNote() {
        if (sensitiveMarkers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Message.of("classify.sensitive-note", Confidentiality.SENSITIVE.label(),
                Text.join(Message.of("common.list.semicolon"), sensitiveMarkers)).in(Language.ZH));
    }

    /** 年度: the year the period ends in (a cross-year matter goes to the year it ends), else the date's. */
    public int year() {
        return period.map(p -> p.end().getYear()).orElseGet(() -> documentDate.orElseThrow().getYear());
    }

    public ArchiveSeries series(String fonds) {
        return ArchiveSeries.of(fonds, category(), year(), retention());
    }

    /** {@code <门类>/<年度>/<保管期限>}, as the demo station and Alfresco's folders name them. */
    public String targetFolder() {
        return category().label().in(Language.ZH) + "/" + year() + "/" + retention().label().in(Language.ZH);
    }

    /** The record's title: period or date, the type's short name, the subject: {@code 2025-03-月度工作总结}. */
    public String title() {
        StringBuilder s = new StringBuilder();
        s.append(period.map(Period::label).orElseGet(() -> documentDate.orElseThrow().toString())).append('-');
        s.append(docType.shortLabel());
        subject.ifPresent(id -> s.append('-').append(id));
        // A staff register record (员工档案) ends its 题名 with the person's name: the roster reads it there.
        // Never a client's name (seed 001 保密原则): titles are listed to evaluators and in reports.
        if (subject.isPresent() && subjectName.isPresent()
                && docType.subject().filter(k -> k == org.swarchive.archive.SubjectKind.STAFF)
                        .map(k -> k.registerDocType().equals(docType.id())).orElse(false)) {
            return org.swarchive.archive.SubjectRoster.title(s.toString(), subject.get(), subjectName.get());
        }
        return s.toString();
    }

    /** A copy with an archivist's corrections. */
    public FilingDecision corrected(DocType type, Optional<Period> newPeriod, Text why) {
        List<Text> r = new java.util.ArrayList<>(reasons);
        r.add(why);
        return new FilingDecision(type, newPeriod.or(() -> period), documentDate, subject, fields, 1.0, r, sensitiveMarkers,
                subjectName);
    }

    /** The metadata file's entries (docs/domain.md §3) for this decision and the code it was given. */
    public Map<String, String> metadata(ArchiveCode code, String originalName) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", category().recordType());
        m.put("aspects", "swa:retention");
        m.put(RecordProperty.DOC_TYPE.key(), docType.id());
        period.ifPresent(p -> m.put(RecordProperty.PERIOD.key(), p.label()));
        documentDate.ifPresent(d -> m.put(RecordProperty.DOCUMENT_DATE.key(), d.toString()));
        subject.ifPresent(id -> docType.subject().ifPresent(kind -> m.put(kind.idProperty().key(), id)));
        fields.forEach(m::putIfAbsent);
        m.put(RecordProperty.RETENTION.key(), retention().code());
        m.put(RecordProperty.CONFIDENTIALITY.key(), confidentiality().id());
        confidentialityNote().ifPresent(note -> m.put(CONFIDENTIALITY_NOTE, note));
        m.put(RecordProperty.ARCHIVE_CODE.key(), code.toString());
        m.put("cm:title", title());
        m.put("cm:description", "收件箱原文件 / inbox file: " + originalName);
        return m;
    }
}
