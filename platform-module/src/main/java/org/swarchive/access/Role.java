package org.swarchive.access;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** The roles of docs/domain.md §7: who may do what with a station's archive. */
public enum Role {
    STATION_HEAD("station-head"),
    ARCHIVIST("archivist"),
    SOCIAL_WORKER("social-worker"),
    FINANCE_OFFICER("finance-officer"),
    EVALUATOR("evaluator");

    private final String id;
    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Text label() {
        return switch (this) {
            case STATION_HEAD -> Message.of("access.role.station-head");
            case ARCHIVIST -> Message.of("access.role.archivist");
            case SOCIAL_WORKER -> Message.of("access.role.social-worker");
            case FINANCE_OFFICER -> Message.of("access.role.finance-officer");
            case EVALUATOR -> Message.of("access.role.evaluator");
        };
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
