package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.disposition.DispositionRefusal;
import org.swarchive.disposition.RetentionService;
import org.swarchive.i18n.Message;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the retention, disposal and hold commands share: the store options, the station's
 * schedule, the services, and turning a refusal into a message and exit 2.
 */
abstract class DispositionCommand implements Callable<Integer>, SwaCli.LanguageAware {

    /** Where a station keeps its own schedule when no --schedule is given: the store is the only state. */
    static final String STATION_SCHEDULE = ".swa/retention-schedule.yaml";

    private final Workbench workbench;
    private final Clock clock;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    DispositionCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public final Integer call() {
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        try {
            int code = run(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return code;
        } catch (DispositionRefusal refusal) {
            spec.commandLine().getOut().flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("swa: " + say(refusal.reason()));
            err.flush();
            return SwaCli.EXIT_INVALID_INPUT;
        }
    }

    abstract int run(PrintWriter out);

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    /**
     * The services on the station (a folder or an Alfresco site), under the given schedule file,
     * else the station's own, else the national one.
     */
    RetentionService retention(Path scheduleFile) {
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        return workbench.retention(workbench.station(common.store, null, catalogue), catalogue, scheduleFile, clock.getZone());
    }

    /** Adds the leaf commands under a parent such as {@code retention}, sharing this command's error handling. */
    static CommandLine group(Object parent, Object... leaves) {
        CommandLine cl = new CommandLine(parent);
        for (Object leaf : leaves) {
            cl.addSubcommand(leaf);
        }
        return cl;
    }

    /** {@code 2026-03-20T10:30} or {@code 2026-03-20 10:30}. */
    static final class DateTimeConverter implements CommandLine.ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return LocalDateTime.parse(value.trim().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw new SwaCli.InvalidOption(Message.of("app.option.not-date-time", value));
            }
        }
    }
}
