package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.access.AccountRole;
import org.swarchive.account.AccountStore;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.folder.FolderState;
import picocli.CommandLine;

/** {@code swa users}: accounts in the station's notes, only a hash kept, the password never on the command line. */
class UsersCommandTest {

    @TempDir
    Path station;

    record Run(int exit, String out, String err) {
    }

    Run users(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), Map.of(),
                org.swarchive.store.alfresco.AlfrescoClient.STANDARD_RETRIES, "");
        CommandLine cl = new CommandLine(new SwaCommand()).addSubcommand(UsersCommand.create(workbench,
                new UsersCommand.Passwords(() -> null, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("swa: " + SwaCli.reason(e).in(org.swarchive.i18n.Language.EN));
            return 2;
        });
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void should_keep_a_bcrypt_hash_and_never_the_password_when_an_account_is_added() throws Exception {
        Run r = users("correct horse battery\n", "users", "add", "王芳", "--role", "social-worker", "--case", "C001,C002",
                "--store", "folder:" + station, "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Added account 王芳");
        String note = Files.readString(station.resolve(".swa/accounts/王芳"));
        assertThat(note).contains("{bcrypt}").doesNotContain("correct horse");
        var account = new AccountStore(new FolderState(station)).find("王芳").orElseThrow();
        assertThat(account.role()).isEqualTo(AccountRole.SOCIAL_WORKER);
        assertThat(account.cases()).containsExactlyInAnyOrder("C001", "C002");
        assertThat(UsersCommand.encoder().matches("correct horse battery", account.passwordHash())).isTrue();

        Run list = users("", "users", "list", "--store", "folder:" + station, "--lang", "en");
        assertThat(list.out()).contains("王芳", "social-worker", "cases C001,C002").doesNotContain("bcrypt");
    }

    @Test
    void should_refuse_a_short_password_an_evaluator_without_group_and_an_unknown_role_and_keep_nothing() throws Exception {
        assertThat(users("short\n", "users", "add", "li", "--role", "archivist", "--store", "folder:" + station).exit()).isEqualTo(2);
        Run noGroup = users("long enough pass\n", "users", "add", "eva", "--role", "evaluator", "--store", "folder:" + station, "--lang", "en");
        assertThat(noGroup.exit()).isEqualTo(2);
        assertThat(noGroup.err()).contains("--group");
        assertThat(users("long enough pass\n", "users", "add", "x", "--role", "king", "--store", "folder:" + station).exit()).isEqualTo(2);
        assertThat(new AccountStore(new FolderState(station)).all()).isEmpty();
    }

    @Test
    void should_change_and_remove_an_account() throws Exception {
        users("first password 1\n", "users", "add", "head", "--role", "station-head", "--store", "folder:" + station);
        String before = Files.readString(station.resolve(".swa/accounts/head"));
        assertThat(users("second password 2\n", "users", "passwd", "head", "--store", "folder:" + station).exit()).isZero();
        var account = new AccountStore(new FolderState(station)).find("head").orElseThrow();
        assertThat(UsersCommand.encoder().matches("second password 2", account.passwordHash())).isTrue();
        assertThat(Files.readString(station.resolve(".swa/accounts/head"))).isNotEqualTo(before);
        assertThat(users("", "users", "add", "head", "--role", "archivist", "--store", "folder:" + station).exit()).isEqualTo(2);
        assertThat(users("", "users", "remove", "head", "--store", "folder:" + station).exit()).isZero();
        assertThat(users("", "users", "remove", "head", "--store", "folder:" + station).exit()).isEqualTo(2);
        try (Stream<Path> left = Files.list(station.resolve(".swa/accounts"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void should_take_no_password_option() {
        Run r = users("", "users", "add", "a", "--role", "archivist", "--password", "secret123456", "--store", "folder:" + station);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(station.resolve(".swa/accounts/a")).doesNotExist();
    }

    @Test
    void should_match_the_demo_password_with_the_demo_accounts_hash() {
        assertThat(UsersCommand.encoder().matches(DemoAccounts.PASSWORD, DemoAccounts.HASH)).isTrue();
    }
}
