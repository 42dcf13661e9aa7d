package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.swarchive.i18n.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code swa access} and {@code swa inspect} subcommand on a station shares: the store
 * options, the station opened for the run, and the grant sweep run first.
 */
abstract class StationAccessCommand implements Callable<Integer>, SwaCli.LanguageAware {

    final Workbench workbench;
    final Clock clock;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    StationAccessCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The station of {@code --store}, named by {@code code} (null: the folder's name, or the site's id). */
    OpenStation open(String code) {
        return OpenStation.open(workbench, common.store, code, workbench.catalogue(common.catalogue));
    }

    /** The same, after the grant sweep: what has ended is taken back before the command does anything. */
    OpenStation openSwept(String code) {
        OpenStation s = open(code);
        AccessSweeps.before(s, clock, out(), spec.commandLine().getErr(), language());
        return s;
    }
}
