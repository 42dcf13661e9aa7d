package org.swarchive.access;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * What a signed-in account is (docs/domain.md §7): one of the station's roles, or the district
 * administrator, who reads every station and belongs to none (so is no role of the permission plan).
 */
public enum AccountRole {
    STATION_HEAD("station-head", Role.STATION_HEAD),
    ARCHIVIST("archivist", Role.ARCHIVIST),
    SOCIAL_WORKER("social-worker", Role.SOCIAL_WORKER),
    FINANCE("finance", Role.FINANCE_OFFICER),
    EVALUATOR("evaluator", Role.EVALUATOR),
    DISTRICT_ADMIN("district-admin", null);

    private final String id;
    private final Role stationRole;

    AccountRole(String id, Role stationRole) {
        this.id = id;
        this.stationRole = stationRole;
    }

    public String id() {
        return id;
    }

    /** The station role the permission plan knows it by; empty for the district administrator. */
    public Optional<Role> stationRole() {
        return Optional.ofNullable(stationRole);
    }

    public Text label() {
        return stationRole == null ? Message.of("access.role.district-admin") : stationRole.label();
    }

    /** By its id; {@code finance-officer}, the permission plan's id, names the finance role too. */
    public static Optional<AccountRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id) || r.stationRole != null && r.stationRole.id().equals(id))
                .findFirst();
    }
}
