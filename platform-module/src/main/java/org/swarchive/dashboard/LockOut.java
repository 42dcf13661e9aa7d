package org.swarchive.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Throttling for any sign-in (the folder accounts', a repository's): after {@link #FAILURES}
 * failed attempts on one account name, that name is locked for {@link #LOCKED}, whatever password
 * comes next; a success clears the count. Kept in memory: a restart forgets, which is fine for a
 * guard against guessing.
 */
final class LockOut implements AuthenticationProvider {

    static final int FAILURES = 5;
    static final Duration LOCKED = Duration.ofMinutes(15);
    /** More names than this are not remembered (a flood of made-up names must not fill the memory). */
    private static final int REMEMBERED = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final AuthenticationProvider next;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LockOut(AuthenticationProvider next, Supplier<Instant> clock) {
        this.next = next;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken)) {
            // A ticket Share passes names nobody until the repository says whose it is: there is no name to lock.
            return next.authenticate(attempt);
        }
        String name = String.valueOf(attempt.getName());
        Instant now = clock.get();
        Failures f = failures.get(name);
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            throw new LockedException("locked");
        }
        try {
            Authentication done = next.authenticate(attempt);
            if (done != null) {
                failures.remove(name);
            }
            return done;
        } catch (BadCredentialsException wrong) {
            if (failures.size() < REMEMBERED || failures.containsKey(name)) {
                failures.compute(name, (n, old) -> {
                    int count = (old == null || old.lockedUntil() != null ? 0 : old.count()) + 1;
                    return new Failures(count, count >= FAILURES ? now.plus(LOCKED) : null);
                });
            }
            throw wrong;
        } catch (AuthenticationException other) {
            throw other;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return next.supports(authentication);
    }
}
