package org.swarchive.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.swarchive.archive.Category;

/**
 * For each role and each category folder, the permission the role's group holds there
 * (docs/domain.md §7). Evaluators hold nothing by default: an inspection window grants them read on
 * the evidence tree for its duration only.
 */
public final class PermissionPlan {

    private final Map<Role, Map<Category, Permission>> grants;

    public PermissionPlan(Map<Role, Map<Category, Permission>> grants) {
        EnumMap<Role, Map<Category, Permission>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            EnumMap<Category, Permission> row = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                row.put(c, grants.getOrDefault(role, Map.of()).getOrDefault(c, Permission.NONE));
            }
            copy.put(role, row);
        }
        this.grants = copy;
    }

    public Permission of(Role role, Category category) {
        return grants.get(Objects.requireNonNull(role)).get(Objects.requireNonNull(category));
    }

    /**
     * The permission on a category's restricted folder for sensitive records: the plan's own for
     * the roles that may read sensitive personal information, nothing for the others.
     */
    public Permission ofSensitive(Role role, Category category) {
        return role.readsSensitive() ? of(role, category) : Permission.NONE;
    }

    /** The plan as a role × category matrix, roles and categories in their declared order. */
    public Map<Role, Map<Category, Permission>> matrix() {
        return grants;
    }
}
