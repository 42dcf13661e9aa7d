package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** Which register a document belongs to: a staff member or a case. */
public enum SubjectKind implements Wording {
    STAFF("staff", RecordProperty.STAFF_ID, "staff-profile"),
    CASE("case", RecordProperty.CASE_ID, "case-intake");

    private final String id;
    private final RecordProperty idProperty;
    private final String registerDocType;

    SubjectKind(String id, RecordProperty idProperty, String registerDocType) {
        this.id = id;
        this.idProperty = idProperty;
        this.registerDocType = registerDocType;
    }

    public String id() {
        return id;
    }

    /** The property that names the subject on a record ({@code swa:staffId} / {@code swa:caseId}). */
    public RecordProperty idProperty() {
        return idProperty;
    }

    /** The doc type whose records make up this register ({@code staff-profile} / {@code case-intake}). */
    public String registerDocType() {
        return registerDocType;
    }

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive.subject";
    }

    public static Optional<SubjectKind> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
