package org.swarchive.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Arrays;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.i18n.Message;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a permission plan: the shipped {@code access/permission-plan.yaml} or a station's own file. */
public final class PermissionPlanLoader {

    public static final String SHIPPED = "access/permission-plan.yaml";
    private static final Set<String> CATEGORY_IDS = Arrays.stream(Category.values()).map(Category::id).collect(Collectors.toSet());
    private static final Set<String> ROLE_IDS = Arrays.stream(Role.values()).map(Role::id).collect(Collectors.toSet());

    public PermissionPlan shipped() {
        try (InputStream in = PermissionPlanLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped permission plan " + SHIPPED + " is missing from the build");
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PermissionPlan load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(file.toString(), 0,
                    Message.of("library.unreadable", e.getMessage()))));
        }
    }

    PermissionPlan read(InputStream in, String fileName) {
        YamlSource src = new YamlSource(fileName);
        Map<Role, Map<Category, Permission>> grants = new EnumMap<>(Role.class);
        src.parse(in).flatMap(root -> src.mapping(root, "permission plan", Set.of("plan", "roles"))).ifPresent(file -> {
            Node roles = file.get("roles");
            if (roles == null) {
                src.problem(1, Message.of("library.plan.no-roles"));
                return;
            }
            src.mapping(roles, "roles", ROLE_IDS).ifPresent(byRole -> byRole.forEach((roleId, row) -> {
                Role role = Role.fromId(roleId).orElseThrow();
                Map<Category, Permission> perms = new EnumMap<>(Category.class);
                src.mapping(row, "roles." + roleId, CATEGORY_IDS).ifPresent(cells -> cells.forEach((catId, cell) ->
                        src.scalar(cell, roleId + "." + catId).ifPresent(name -> Permission.fromName(name).ifPresentOrElse(
                                p -> perms.put(Category.fromId(catId).orElseThrow(), p),
                                () -> src.problem(cell, Message.of("library.plan.unknown-permission", name))))));
                grants.put(role, perms);
            }));
        });
        if (!src.problems().isEmpty()) {
            throw new InvalidLibraryFileException(src.problems());
        }
        return new PermissionPlan(grants);
    }
}
