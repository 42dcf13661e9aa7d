package org.swarchive.access;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.archive.LocalizedText;

/** The roles of domain.md §7: who may do what with a station's archive. */
public enum Role {
    STATION_HEAD("station-head", "站长", "Station head"),
    ARCHIVIST("archivist", "档案管理员", "Archivist"),
    SOCIAL_WORKER("social-worker", "社工", "Social worker"),
    FINANCE_OFFICER("finance-officer", "财务", "Finance officer"),
    EVALUATOR("evaluator", "评估方", "Evaluator");

    private final String id;
    private final LocalizedText label;

    Role(String id, String zh, String en) {
        this.id = id;
        this.label = LocalizedText.of(zh, en);
    }

    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    /**
     * Whether the role may read sensitive personal information (PIPL art. 28) in the categories the
     * plan lets it read: the station head, the archivist, and the social workers who serve the
     * clients. Finance officers and evaluators never do.
     */
    public boolean readsSensitive() {
        return this == STATION_HEAD || this == ARCHIVIST || this == SOCIAL_WORKER;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
