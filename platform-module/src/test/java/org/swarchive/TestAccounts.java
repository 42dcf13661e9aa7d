package org.swarchive;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.swarchive.access.AccountRole;
import org.swarchive.account.Account;
import org.swarchive.account.AccountStore;
import org.swarchive.store.StationState;

/**
 * Sign-in accounts for tests that ask the dashboard: kept in a station's notes as
 * {@code swa users add} keeps them, all with one password (hashed once), and the
 * {@code Authorization} header a script sends for one of them.
 */
public final class TestAccounts {

    /** The demo's own password (app.DemoAccounts), so a demo station's accounts sign in as they are. */
    public static final String PASSWORD = "swa-demo-2025";
    /** The station head every adapted test signs in as. */
    public static final String HEAD = "head";
    private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    private TestAccounts() {
    }

    public static void add(StationState state, String name, AccountRole role) {
        add(state, name, role, "", "", Set.of());
    }

    public static void add(StationState state, String name, AccountRole role, String group, String unit, Set<String> cases) {
        // The demo station comes with its demo accounts (./run.sh demo): a test's account of the same name replaces it.
        AccountStore store = new AccountStore(state);
        Account account = new Account(name, role, group, unit, cases, HASH);
        if (store.find(name).isPresent()) {
            store.replace(account);
        } else {
            store.add(account);
        }
    }

    /** The station head {@link #HEAD}. */
    public static void head(StationState state) {
        add(state, HEAD, AccountRole.STATION_HEAD);
    }

    /** An evaluator of this group, named after it. */
    public static void evaluator(StationState state, String group) {
        add(state, group, AccountRole.EVALUATOR, group, "", Set.of());
    }

    /** The note {@code swa users add} would keep for this account, for a test that writes it into a repository itself. */
    public static byte[] note(String name, AccountRole role, String group) {
        java.util.Map<String, String> notes = new java.util.HashMap<>();
        StationState capture = new StationState() {
            @Override
            public java.util.Optional<String> read(String area, String n) {
                return java.util.Optional.ofNullable(notes.get(n));
            }

            @Override
            public void write(String area, String n, String content) {
                notes.put(n, content);
            }

            @Override
            public boolean create(String area, String n, String content) {
                return notes.putIfAbsent(n, content) == null;
            }

            @Override
            public void append(String area, String n, String text) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(String area, String n) {
                notes.remove(n);
            }

            @Override
            public java.util.List<String> list(String area) {
                return java.util.List.copyOf(notes.keySet());
            }

            @Override
            public java.util.List<String> areas(String area) {
                return java.util.List.of();
            }

            @Override
            public String locate(String area, String n) {
                return n;
            }
        };
        add(capture, name, role, group, "", Set.of());
        return notes.get(name).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code Basic …} for this account and {@link #PASSWORD}. */
    public static String basic(String name) {
        return basic(name, PASSWORD);
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The request, signed in as this account (HTTP Basic). */
    public static HttpRequest.Builder as(String name, HttpRequest.Builder request) {
        return request.header("Authorization", basic(name));
    }
}
