package org.swarchive.app;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.swarchive.access.Person;
import org.swarchive.dashboard.SignedIn;
import org.swarchive.store.EvidenceFiles;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoSignIn;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.PersonalFiles;

/**
 * A person signed in through the repository ({@link AlfrescoAuthenticationProvider}): the
 * {@link Person} the access policy judges, and their ticket, kept in the HTTP session with the
 * security context (the password is never kept). Documents of a station in Alfresco are read with
 * the ticket ({@link PersonalFiles}); a ticket the repository no longer takes (it expired, or the
 * person was removed) signs them out.
 */
record RepositoryUser(Person person, AlfrescoSignIn.SignedIn signedIn, AlfrescoClient repository) implements SignedIn, java.security.Principal {

    /** The repository's user id: what Spring Security and the access register name them by. */
    @Override
    public String getName() {
        return person.name();
    }

    @Override
    public EvidenceFiles files(Station station) {
        if (!(station.archive() instanceof AlfrescoStore store)) {
            return station.files();
        }
        PersonalFiles files = new PersonalFiles(store, signedIn.credentials());
        return id -> {
            try {
                return files.open(id);
            } catch (AlfrescoClient.Refused refused) {
                if (refused.status() == 401) {
                    // Spring Security answers it as any missing sign-in: 401 for files, the sign-in page for pages.
                    throw new CredentialsExpiredException("the repository no longer takes the ticket", refused);
                }
                throw refused;
            }
        };
    }

    @Override
    public boolean mayChange(String nodeId) {
        if (repository == null) {
            return false;
        }
        try {
            return PersonalFiles.mayUpdate(repository, signedIn.credentials(), nodeId);
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 401) {
                throw new CredentialsExpiredException("the repository no longer takes the ticket", refused);
            }
            throw refused;
        }
    }

    @Override
    public String toString() {
        return "RepositoryUser[" + person.name() + ", " + person.role() + "]"; // never the ticket
    }
}
