package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;

/** {@code swa:confidentiality}: sensitive records are never shown to evaluators unredacted (PIPL art. 28). */
public enum Confidentiality {
    PUBLIC("public", "公开", "Public"),
    INTERNAL("internal", "内部", "Internal"),
    CONFIDENTIAL("confidential", "保密", "Confidential"),
    SENSITIVE("sensitive", "敏感个人信息", "Sensitive personal information");

    private final String id;
    private final LocalizedText label;

    Confidentiality(String id, String zh, String en) {
        this.id = id;
        this.label = LocalizedText.of(zh, en);
    }

    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<Confidentiality> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
