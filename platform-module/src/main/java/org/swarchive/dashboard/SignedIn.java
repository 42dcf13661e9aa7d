package org.swarchive.dashboard;

import org.swarchive.access.Person;
import org.swarchive.store.EvidenceFiles;
import org.swarchive.store.Station;

/**
 * The principal of a signed-in request, whatever checked the password: the folder store's
 * accounts ({@link AccountUser}), or a repository's sign-in (an Alfresco ticket). Every page,
 * file and JSON answer asks the access policy about its {@link #person()}.
 */
public interface SignedIn {

    Person person();

    /**
     * A station's documents as this person opens them: the station's own files by default (the
     * folder store: the access policy alone decides); a repository's sign-in reads them with the
     * person's own ticket, so the repository's permissions decide too.
     */
    default EvidenceFiles files(Station station) {
        return station.files();
    }

    /**
     * Whether the repository lets this person change a node (Share's File now): a folder account
     * has no repository permissions, so its role alone decides; a repository's sign-in asks the
     * repository with the person's ticket (Write).
     */
    default boolean mayChange(String nodeId) {
        return true;
    }
}
