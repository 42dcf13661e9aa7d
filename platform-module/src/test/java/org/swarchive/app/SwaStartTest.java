package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import picocli.CommandLine;

/** Only serve, alerts and watch start Spring; every other command builds only itself in full. */
class SwaStartTest {

    private final SwaCli cli = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemDefaultZone());

    @Test
    void should_start_spring_only_when_the_command_serves_mails_or_listens() {
        assertThat(SwaApplication.needsSpring(new String[] {"--help"})).isFalse();
        assertThat(SwaApplication.needsSpring(new String[] {})).isFalse();
        assertThat(SwaApplication.needsSpring(new String[] {"check", "--store", "folder:x"})).isFalse();
        assertThat(SwaApplication.needsSpring(new String[] {"find", "走访"})).isFalse();
        assertThat(SwaApplication.needsSpring(new String[] {"serve", "--port", "0"})).isTrue();
        assertThat(SwaApplication.needsSpring(new String[] {"alerts", "send"})).isTrue();
        assertThat(SwaApplication.needsSpring(new String[] {"watch", "--store", "alfresco:x"})).isTrue();
    }

    @Test
    void should_print_the_same_help_when_only_the_asked_command_is_built() {
        CommandLine full = cli.commandLine();
        CommandLine checkOnly = cli.commandLine("check");
        CommandLine none = cli.commandLine("no-such-command");

        assertThat(checkOnly.getUsageMessage()).isEqualTo(full.getUsageMessage());
        assertThat(none.getUsageMessage()).isEqualTo(full.getUsageMessage());
        assertThat(checkOnly.getSubcommands().get("check").getUsageMessage())
                .isEqualTo(full.getSubcommands().get("check").getUsageMessage())
                .contains("--store");
        assertThat(checkOnly.getSubcommands().keySet()).isEqualTo(full.getSubcommands().keySet());
    }

    @Test
    void should_tell_the_time_in_the_default_zone_when_the_clock_is_asked() {
        Clock clock = new SwaApplication.SystemZoneClock();

        assertThat(clock.getZone()).isEqualTo(java.time.ZoneId.systemDefault());
        assertThat(clock.withZone(java.time.ZoneOffset.UTC).getZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(java.time.Duration.between(clock.instant(), java.time.Instant.now()).abs()).isLessThan(java.time.Duration.ofMinutes(1));
    }

    @Test
    void should_name_the_first_word_that_is_not_an_option_as_the_command() {
        assertThat(SwaCli.commandNamedIn(new String[] {"--help"})).isNull();
        assertThat(SwaCli.commandNamedIn(new String[] {"retention", "due", "--store", "x"})).isEqualTo("retention");
    }
}
