package org.swarchive.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swarchive.access.AccountRole;
import org.swarchive.account.Account;
import org.swarchive.account.AccountStore;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import org.swarchive.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code swa users add | list | remove | passwd}: the accounts that sign in to the dashboard of a
 * station in a folder store. A password is never an option: it is read from the terminal (twice),
 * or from the first line of standard input when that is not a terminal; only its hash is kept.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"管理文件夹档案库工作站的看板登录账户（密码只从终端或标准输入读取，只保存其散列）。",
                "Manage the dashboard's sign-in accounts of a station in a folder store (passwords are read from the terminal "
                        + "or standard input, only their hash is kept)."})
final class UsersCommand {

    /** Shorter passwords are refused: a station's files are minors' case files. */
    static final int MIN_PASSWORD = 10;

    /** The one encoder: {@code {bcrypt}} hashes, older ids still matched (Spring Security's delegating encoder). */
    static PasswordEncoder encoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Where passwords come from: the console when there is one, else standard input. */
    record Passwords(Supplier<Console> console, Supplier<InputStream> stdin) {
        static Passwords system() {
            return new Passwords(System::console, () -> System.in);
        }
    }

    static CommandLine create(Workbench workbench, Passwords passwords) {
        return new CommandLine(new UsersCommand()).addSubcommand(new Add(workbench, passwords)).addSubcommand(new ListUsers(workbench))
                .addSubcommand(new Remove(workbench)).addSubcommand(new Passwd(workbench, passwords));
    }

    abstract static class Step implements Callable<Integer>, SwaCli.LanguageAware {
        final Workbench workbench;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        Step(Workbench workbench) {
            this.workbench = workbench;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        AccountStore accounts() {
            if (!(StoreLocation.parse(common.store) instanceof StoreLocation.Folder)) {
                throw new InvalidInput(Message.of("app.users.folder-only"));
            }
            Station s = workbench.station(common.store, null, workbench.catalogue(common.catalogue));
            return new AccountStore(s.state());
        }

        @Override
        public final Integer call() {
            return run(spec.commandLine().getOut());
        }

        abstract int run(PrintWriter out);
    }

    abstract static class WithPassword extends Step {
        final Passwords passwords;

        WithPassword(Workbench workbench, Passwords passwords) {
            super(workbench);
            this.passwords = passwords;
        }

        /** The new password, asked twice on a terminal; the first line of standard input otherwise. */
        String hashOfNewPassword(String name) {
            Console console = passwords.console().get();
            char[] first;
            if (console != null) {
                first = console.readPassword("%s", say(Message.of("app.users.password-prompt", name)));
                char[] again = console.readPassword("%s", say(Message.of("app.users.password-again")));
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new InvalidInput(Message.of("app.users.password-mismatch"));
                }
                Arrays.fill(again, ' ');
            } else {
                try {
                    BufferedReader in = new BufferedReader(new InputStreamReader(passwords.stdin().get(), StandardCharsets.UTF_8));
                    String line = in.readLine();
                    first = line == null ? new char[0] : line.toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (first == null || first.length < MIN_PASSWORD) {
                throw new InvalidInput(Message.of("app.users.password-short", MIN_PASSWORD));
            }
            String hash = encoder().encode(new String(first));
            Arrays.fill(first, ' ');
            return hash;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"新增账户（密码从终端输入两次，或取标准输入第一行）。",
            "Add an account (password typed twice on a terminal, or the first line of standard input)."})
    static final class Add extends WithPassword {

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name (the 查阅人 of the access register).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "station-head, archivist, social-worker, finance, evaluator or district-admin.")
        String role;

        @Option(names = "--group", paramLabel = "GROUP", description = "An evaluator's group, as swa inspect open names it (required for evaluators).")
        String group;

        @Option(names = "--unit", paramLabel = "UNIT", description = "The unit or department, as the access register shows it (evaluators: default their group).")
        String unit;

        @Option(names = "--case", paramLabel = "CASE", split = ",",
                description = "A social worker's own cases (swa:caseId), whose sensitive records they may read. Repeatable.")
        List<String> cases = List.of();

        Add(Workbench workbench, Passwords passwords) {
            super(workbench, passwords);
        }

        @Override
        int run(PrintWriter out) {
            AccountRole r = AccountRole.fromId(role).orElseThrow(() -> new InvalidInput(Message.of("app.users.unknown-role", role)));
            Account.checkName(name);
            AccountStore store = accounts();
            if (store.find(name).isPresent()) {
                throw new InvalidInput(Message.of("account.exists", name));
            }
            // Checked (group, name) before the password is asked for, so nobody types it for nothing.
            new Account(name, r, group, unit, new LinkedHashSet<>(cases), "-");
            store.add(new Account(name, r, group, unit, new LinkedHashSet<>(cases), hashOfNewPassword(name)));
            out.println(say(Message.of("app.users.added", name, r.label())));
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = {"更改账户密码。", "Change an account's password."})
    static final class Passwd extends WithPassword {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Passwd(Workbench workbench, Passwords passwords) {
            super(workbench, passwords);
        }

        @Override
        int run(PrintWriter out) {
            AccountStore store = accounts();
            Account a = store.find(name).orElseThrow(() -> new InvalidInput(Message.of("account.unknown", name)));
            store.replace(a.withPasswordHash(hashOfNewPassword(name)));
            out.println(say(Message.of("app.users.password-changed", name)));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = {"删除账户。", "Remove an account."})
    static final class Remove extends Step {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Remove(Workbench workbench) {
            super(workbench);
        }

        @Override
        int run(PrintWriter out) {
            accounts().remove(name);
            out.println(say(Message.of("app.users.removed", name)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"列出账户（不含密码）。", "List the accounts (no passwords)."})
    static final class ListUsers extends Step {

        ListUsers(Workbench workbench) {
            super(workbench);
        }

        @Override
        int run(PrintWriter out) {
            List<Account> all = accounts().all();
            if (all.isEmpty()) {
                out.println(say(Message.of("app.users.none")));
            }
            for (Account a : all) {
                StringBuilder line = new StringBuilder(a.name()).append('\t').append(a.role().id()).append('\t').append(say(a.role().label()));
                if (!a.group().isEmpty()) {
                    line.append('\t').append(say(Message.of("app.users.group", a.group())));
                }
                if (!a.unit().isEmpty()) {
                    line.append('\t').append(say(Message.of("app.users.unit", a.unit())));
                }
                if (!a.cases().isEmpty()) {
                    line.append('\t').append(say(Message.of("app.users.cases", String.join(",", new java.util.TreeSet<>(a.cases())))));
                }
                out.println(line);
            }
            return 0;
        }
    }
}
