package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;

/** The five archive categories (档案门类) of the station rules, with their default class codes. */
public enum Category {
    DOCUMENTS("documents", "WS", "swa:documentRecord", "文书档案", "Documents"),
    SERVICE("service", "FW", "swa:serviceRecord", "服务档案", "Service"),
    FINANCE("finance", "KJ", "swa:financeRecord", "财务档案", "Finance"),
    ASSETS("assets", "WZ", "swa:assetRecord", "物资档案", "Assets"),
    PERSONNEL("personnel", "RS", "swa:personnelRecord", "人事档案", "Personnel");

    private final String id;
    private final String classCode;
    private final String recordType;
    private final LocalizedText label;

    Category(String id, String classCode, String recordType, String zh, String en) {
        this.id = id;
        this.classCode = classCode;
        this.recordType = recordType;
        this.label = LocalizedText.of(zh, en);
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

    public LocalizedText label() {
        return label;
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
