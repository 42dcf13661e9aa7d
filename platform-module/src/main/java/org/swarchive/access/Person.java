package org.swarchive.access;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person, as the access policy decides for them (docs/domain.md §7): the account's
 * name (查阅人 in the register), its role, the station it belongs to (empty for a district
 * administrator and for evaluators, who read through windows), an evaluator's group and unit, and
 * a social worker's own cases ({@code swa:caseId}), whose sensitive records they may read.
 */
public record Person(String name, AccountRole role, String station, String group, String unit, Set<String> cases) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        station = station == null ? "" : station;
        group = group == null ? "" : group;
        unit = unit == null ? "" : unit;
        cases = Set.copyOf(cases);
    }

    public boolean isEvaluator() {
        return role == AccountRole.EVALUATOR;
    }

    /** Read-only: district administrators and evaluators read; they never re-check, file or change anything. */
    public boolean readOnly() {
        return role == AccountRole.DISTRICT_ADMIN || role == AccountRole.EVALUATOR;
    }
}
