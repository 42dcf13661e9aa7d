package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** The five archive categories (档案门类) of the station rules, with their default class codes. */
public enum Category implements Wording {
    DOCUMENTS("documents", "WS", "swa:documentRecord"),
    SERVICE("service", "FW", "swa:serviceRecord"),
    FINANCE("finance", "KJ", "swa:financeRecord"),
    ASSETS("assets", "WZ", "swa:assetRecord"),
    PERSONNEL("personnel", "RS", "swa:personnelRecord");

    private final String id;
    private final String classCode;
    private final String recordType;

    Category(String id, String classCode, String recordType) {
        this.id = id;
        this.classCode = classCode;
        this.recordType = recordType;
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
        return message();
    }

    @Override
    public String wording() {
        return "archive.category";
    }

    public static Optional<Category> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
