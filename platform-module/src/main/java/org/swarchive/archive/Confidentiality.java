package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;

/** {@code swa:confidentiality}: sensitive records are never shown to evaluators unredacted (PIPL art. 28). */
public enum Confidentiality {
    PUBLIC("public", Message.of("archive.confidentiality.public")),
    INTERNAL("internal", Message.of("archive.confidentiality.internal")),
    CONFIDENTIAL("confidential", Message.of("archive.confidentiality.confidential")),
    SENSITIVE("sensitive", Message.of("archive.confidentiality.sensitive"));

    private final String id;
    private final Message label;

    Confidentiality(String id, Message label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Message label() {
        return label;
    }

    public static Optional<Confidentiality> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
