package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;

/** The five archive categories (档案门类) of the station rules, with their default class codes. */
public enum Category {
    DOCUMENTS("documents", "WS", "swa:documentRecord", Message.of("archive.category.documents")),
    SERVICE("service", "FW", "swa:serviceRecord", Message.of("archive.category.service")),
    FINANCE("finance", "KJ", "swa:financeRecord", Message.of("archive.category.finance")),
    ASSETS("assets", "WZ", "swa:assetRecord", Message.of("archive.category.assets")),
    PERSONNEL("personnel", "RS", "swa:personnelRecord", Message.of("archive.category.personnel"));

    private final String id;
    private final String classCode;
    private final String recordType;
    private final Message label;

    Category(String id, String classCode, String recordType, Message label) {
        this.id = id;
        this.classCode = classCode;
        this.recordType = recordType;
        this.label = label;
    }

    /** The value of {@code swa:category}. */
    public String id() {
        return id;
    }

    /** The default 门类代码 of an archive code. */
    public String classCode() {
        return classCode;
    }

    /** The content type of this category's records in the {@code swa} model. */
    public String recordType() {
        return recordType;
    }

    /** The category's name, which is also its folder's name in Chinese (文书档案). */
    public Message label() {
        return label;
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
