package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.disposition.HoldService;
import org.swarchive.i18n.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swa hold add | release}: freeze a record against disposal, or lift the freeze, with a reason on record. */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = {"冻结档案（暂缓销毁）或解除冻结，须写明原因并留痕。",
                "Place or release a hold on a record (blocks disposal), with a reason that is recorded."})
final class HoldCommand {

    static CommandLine create(Workbench workbench, Clock clock) {
        return DispositionCommand.group(new HoldCommand(), new Add(workbench, clock), new Release(workbench, clock));
    }

    abstract static class HoldStep extends DispositionCommand {

        @Parameters(index = "0", paramLabel = "RECORD", description = "The record: its path in the station or its archive code.")
        String record;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why, e.g. 审计进行中 (audit in progress), 债权债务未了结 (unsettled debt).")
        String reason;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who places or releases the hold.")
        String by;

        HoldStep(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        HoldService service() {
            return new HoldService(retention(null));
        }

        /** @param done what was done: a message of the record's code and title */
        void print(PrintWriter out, java.util.function.BiFunction<String, String, Message> done, AppraisedRecord r) {
            out.println(say(done.apply(r.archiveCode().orElse(r.id()), r.title())));
            out.println("  " + say(r.status().label()) + "：" + say(r.reason()));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"冻结档案。", "Place a hold."})
    static final class Add extends HoldStep {
        Add(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            print(out, (code, title) -> Message.of("app.hold.added", code, title), service().add(record, reason, by, now()));
            return 0;
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true, description = {"解除冻结。", "Release a hold."})
    static final class Release extends HoldStep {
        Release(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            print(out, (code, title) -> Message.of("app.hold.released", code, title), service().release(record, reason, by, now()));
            return 0;
        }
    }
}
