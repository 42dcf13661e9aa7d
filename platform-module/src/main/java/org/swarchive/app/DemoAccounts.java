package org.swarchive.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.swarchive.access.AccountRole;
import org.swarchive.account.Account;
import org.swarchive.account.AccountStore;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * The demo station's accounts, one per role, all with the one demo password (demo data: printed
 * for whoever tries the demo). Made once: a station that has accounts keeps them.
 */
final class DemoAccounts {

    static final String PASSWORD = "swa-demo-2025";
    /**
     * Its bcrypt hash, made once: every demo station carries the same accounts, so one district
     * administrator or evaluator of several demo stations served together is one person.
     */
    static final String HASH = "{bcrypt}$2a$10$ebu9b//pdm3SlogGQ1QubOzUDRIsE7YDTQcdXzcZG8pfZcmpAKstq";
    /** The evaluator group the guides' inspection window names. */
    static final String ASSESSORS = "jinniu-assessors";

    static final List<Account> ACCOUNTS = List.of(
            account("head", AccountRole.STATION_HEAD, "", "", Set.of()),
            account("archivist", AccountRole.ARCHIVIST, "", "", Set.of()),
            account("worker", AccountRole.SOCIAL_WORKER, "", "", Set.of("C001", "C002")),
            account("finance", AccountRole.FINANCE, "", "", Set.of()),
            account("assessor", AccountRole.EVALUATOR, ASSESSORS, "金牛区民政局评估组", Set.of()),
            account("district", AccountRole.DISTRICT_ADMIN, "", "金牛区民政局", Set.of()));

    private DemoAccounts() {
    }

    private static Account account(String name, AccountRole role, String group, String unit, Set<String> cases) {
        return new Account(name, role, group, unit, cases, "-");
    }

    /** Adds the demo accounts unless the station has some, and says who they are and the password. */
    static void ensure(StationState state, PrintWriter out, Language lang) {
        AccountStore store = new AccountStore(state);
        if (store.isEmpty()) {
            ACCOUNTS.forEach(a -> store.add(a.withPasswordHash(HASH)));
        }
        out.println(Message.of("app.demo.accounts", PASSWORD).in(lang));
        for (Account a : store.all()) {
            out.println("  " + a.name() + "\t" + a.role().label().in(lang) + (a.group().isEmpty() ? "" : "\t" + a.group()));
        }
        out.flush();
    }
}
