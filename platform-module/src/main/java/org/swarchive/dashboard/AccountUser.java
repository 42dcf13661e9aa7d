package org.swarchive.dashboard;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.swarchive.access.AccountRole;
import org.swarchive.access.Person;

/** A folder-store account as Spring Security checks it: the person, and the hash its password must match. */
record AccountUser(Person person, String passwordHash) implements UserDetails, SignedIn {

    /** The authority a role grants, {@code ROLE_STATION_HEAD} and so on: what the filter chain's URL rules name. */
    static String authority(AccountRole role) {
        return "ROLE_" + role.name();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(authority(person.role())));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.name();
    }

    @Override
    public String toString() {
        return "AccountUser[" + person.name() + "]"; // never the hash, in any log
    }
}
