package org.swarchive.access;

import java.util.Arrays;
import java.util.Optional;

/** Alfresco's site roles, weakest first: what a group may do in a folder. */
public enum Permission {
    NONE("None"), CONSUMER("Consumer"), CONTRIBUTOR("Contributor"), COLLABORATOR("Collaborator"), COORDINATOR("Coordinator");

    private final String alfrescoName;

    Permission(String alfrescoName) {
        this.alfrescoName = alfrescoName;
    }

    /** The role name the repository's permissions API takes. */
    public String alfrescoName() {
        return alfrescoName;
    }

    public boolean canRead() {
        return this != NONE;
    }

    public boolean canAdd() {
        return compareTo(CONTRIBUTOR) >= 0;
    }

    public static Optional<Permission> fromName(String name) {
        return Arrays.stream(values()).filter(p -> p.alfrescoName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
