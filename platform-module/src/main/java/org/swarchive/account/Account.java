package org.swarchive.account;

import java.util.Objects;
import java.util.Set;
import org.swarchive.access.AccountRole;
import org.swarchive.access.Person;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/**
 * One account of a station: who signs in, in which role, and the hash of their password
 * ({@code {bcrypt}…} or {@code {argon2}…}, as Spring Security's delegating encoder writes it).
 */
public record Account(String name, AccountRole role, String group, String unit, Set<String> cases, String passwordHash) {

    /** A name is a plain word: letters (Chinese too), digits, {@code _ . @ -}; no leading dot, at most 64. */
    private static final String NAME = "[\\p{L}\\p{N}_@-][\\p{L}\\p{N}_.@-]{0,63}";

    public Account {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        checkName(name);
        group = group == null ? "" : group.strip();
        unit = unit == null ? "" : unit.strip();
        cases = Set.copyOf(cases);
        if (role == AccountRole.EVALUATOR && group.isEmpty()) {
            throw new InvalidInput(Message.of("account.evaluator-needs-group", name));
        }
    }

    public static String checkName(String name) {
        if (name == null || !name.matches(NAME)) {
            throw new InvalidInput(Message.of("account.bad-name", String.valueOf(name)));
        }
        return name;
    }

    public Account withPasswordHash(String hash) {
        return new Account(name, role, group, unit, cases, hash);
    }

    /** The person the access policy decides for, when this account of that station signs in. */
    public Person person(String station) {
        boolean ofStation = role.stationRole().isPresent() && role != AccountRole.EVALUATOR;
        return new Person(name, role, ofStation ? station : "", group, unit.isEmpty() && role == AccountRole.EVALUATOR ? group : unit,
                cases);
    }
}
