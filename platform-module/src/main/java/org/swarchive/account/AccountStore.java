package org.swarchive.account;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.swarchive.access.AccountRole;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * A station's accounts, one note per account in the {@code accounts} area of its notes (on the
 * folder store {@code .swa/accounts/NAME}). A note holds the hash, never the password.
 */
public final class AccountStore {

    static final String AREA = "accounts";

    private final StationState state;

    public AccountStore(StationState state) {
        this.state = state;
    }

    public List<Account> all() {
        return state.list(AREA).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public boolean isEmpty() {
        return state.list(AREA).isEmpty();
    }

    public Optional<Account> find(String name) {
        try {
            Account.checkName(name);
        } catch (InvalidInput notAName) {
            return Optional.empty();
        }
        return state.read(AREA, name).map(text -> parse(name, text));
    }

    /** Adds a new account; refused when one of that name exists already. */
    public void add(Account account) {
        if (!state.create(AREA, account.name(), format(account))) {
            throw new InvalidInput(Message.of("account.exists", account.name()));
        }
    }

    /** Replaces an existing account (a new password). */
    public void replace(Account account) {
        if (find(account.name()).isEmpty()) {
            throw new InvalidInput(Message.of("account.unknown", account.name()));
        }
        state.write(AREA, account.name(), format(account));
    }

    public void remove(String name) {
        if (find(name).isEmpty()) {
            throw new InvalidInput(Message.of("account.unknown", name));
        }
        state.delete(AREA, name);
    }

    private static String format(Account a) {
        Properties p = new Properties();
        p.setProperty("role", a.role().id());
        p.setProperty("group", a.group());
        p.setProperty("unit", a.unit());
        p.setProperty("cases", String.join(",", new TreeSet<>(a.cases())));
        p.setProperty("password", a.passwordHash());
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Account parse(String name, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput(Message.of("account.unreadable", name));
        }
        AccountRole role = AccountRole.fromId(p.getProperty("role", ""))
                .orElseThrow(() -> new InvalidInput(Message.of("account.unreadable", name)));
        Set<String> cases = new TreeSet<>(Arrays.stream(p.getProperty("cases", "").split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList());
        return new Account(name, role, p.getProperty("group", ""), p.getProperty("unit", ""), cases, p.getProperty("password", ""));
    }
}
