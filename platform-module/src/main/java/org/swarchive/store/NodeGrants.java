package org.swarchive.store;

/**
 * Permissions set on single nodes of a station, where the store has them (Alfresco's locally set
 * ACEs; a folder store has none). Every change reads the node first and keeps every other
 * permission on it; a node that is gone holds nothing and is no error.
 */
public interface NodeGrants {

    /** Whether the node itself (not by inheritance) holds this role for this authority. */
    boolean holds(String node, String authority, String role);

    /** Sets the role for the authority on the node; false when it held it already or is gone. */
    boolean grant(String node, String authority, String role);

    /** Removes exactly this role of this authority from the node; false when it was not there or the node is gone. */
    boolean revoke(String node, String authority, String role);
}
