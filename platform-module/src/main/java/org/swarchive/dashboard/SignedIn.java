package org.swarchive.dashboard;

import org.swarchive.access.Person;

/**
 * The principal of a signed-in request, whatever checked the password: the folder store's
 * accounts ({@link AccountUser}), or a repository's sign-in (an Alfresco ticket). Every page,
 * file and JSON answer asks the access policy about its {@link #person()}.
 */
public interface SignedIn {

    Person person();
}
