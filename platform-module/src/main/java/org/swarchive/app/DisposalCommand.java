package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DisposalProposal;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.archive.disposition.ProposedItem;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.disposition.DisposalService;
import org.swarchive.disposition.DispositionRefusal;
import org.swarchive.disposition.RegisterHtml;
import org.swarchive.disposition.RegisterWorkbook;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swa disposal propose | approve | execute | withdraw | show}: the only way anything is ever destroyed. */
@Command(name = "disposal", mixinStandardHelpOptions = true,
        description = {"档案销毁：提请、审批、监销执行，并生成销毁清册。",
                "Disposal: propose, approve, execute under two supervisors, and file the destruction register."})
final class DisposalCommand {

    static CommandLine create(Workbench workbench, Clock clock) {
        return DispositionCommand.group(new DisposalCommand(), new Propose(workbench, clock), new Approve(workbench, clock),
                new Execute(workbench, clock), new Withdraw(workbench, clock), new Show(workbench, clock));
    }

    /** The commands that need the disposal service. */
    abstract static class DisposalStep extends DispositionCommand {

        @Option(names = "--schedule", paramLabel = "FILE",
                description = "A station retention schedule (default: the station's " + STATION_SCHEDULE
                        + " if present, else the national default).")
        Path schedule;

        DisposalStep(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        DisposalService service() {
            return new DisposalService(retention(schedule), new RegisterWorkbook(), new RegisterHtml());
        }

        static Text roles(List<SignOffRole> roles) {
            return Text.join(Message.of("common.list.comma"), roles.stream().map(SignOffRole::label).toList());
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = {"档案管理员提请销毁到期档案（全部、按系列或按档案），生成销毁提议。",
                    "The archivist proposes due records for destruction: all, by series or by record."})
    static final class Propose extends DisposalStep {

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "The appraisal lead (鉴定负责人) proposing.")
        String by;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge what is due as of this date. Default: today.")
        LocalDate asOf;

        @Option(names = "--series", paramLabel = "SERIES", description = "Only this series, e.g. WS·2014-D10 (repeatable).")
        List<String> series = new ArrayList<>();

        @Option(names = "--record", paramLabel = "ID|CODE", description = "Only this record: its path or archive code (repeatable).")
        List<String> records = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT", description = "A note on the proposal.")
        String note;

        Propose(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            DisposalService.Proposed p = service().propose(by, asOf != null ? asOf : today(), now(), series, records, note);
            DisposalProposal proposal = p.proposal();
            out.println(say(Message.of("app.disposal.proposed", proposal.id(), proposal.items().size(), proposal.appraiser())));
            for (ProposedItem i : proposal.items()) {
                out.println("  " + (i.archiveCode() == null ? i.recordId() : i.archiveCode()) + "  " + i.title()
                        + "  " + say(Message.of("app.disposal.due-since", i.dispositionDate())));
            }
            for (AppraisedRecord r : p.leftOut()) {
                out.println("  " + say(Message.of("app.disposal.left-out", r.archiveCode().orElse(r.id()), r.reason())));
            }
            List<SignOffRole> needed = List.copyOf(proposal.requiredSignOffs());
            out.println(say(Message.of("app.disposal.sign-offs-needed", roles(needed))));
            out.println(say(Message.of("app.disposal.next-approve", proposal.id())));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"站长批准销毁提议；会计档案还需档案与会计机构负责人及经办人签字。",
                    "Sign a proposal: the station head; for accounting archives also the heads and officers of archives and accounting."})
    static final class Approve extends DisposalStep {

        @Parameters(index = "0", paramLabel = "PROPOSAL", description = "The proposal id, e.g. P2026-001.")
        String id;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who signs.")
        String by;

        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "station-head", converter = RoleConverter.class,
                description = "station-head (default), archive-head, archive-handler, accounting-head, accounting-handler.")
        SignOffRole role;

        @Option(names = "--comment", paramLabel = "TEXT", description = "The signer's opinion (意见).")
        String comment;

        Approve(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            DisposalService.Approved a = service().approve(id, role, by, now(), comment);
            out.println(say(Message.of("app.disposal.signed", id, role.label(), a.approval().name())));
            if (a.missing().isEmpty()) {
                out.println(say(Message.of("app.disposal.all-signed", id)));
            } else {
                out.println(say(Message.of("app.disposal.still-missing", roles(a.missing()))));
            }
            return 0;
        }
    }

    @Command(name = "execute", mixinStandardHelpOptions = true,
            description = {"在两名监销人监督下销毁已批准的档案，生成并归档销毁清册；中断后再次运行即继续。",
                    "Destroy an approved proposal's records under two supervisors and file the register; run again to resume."})
    static final class Execute extends DisposalStep {

        /** Records between two progress lines. */
        static final int PROGRESS_EVERY = 10;

        @Parameters(index = "0", paramLabel = "PROPOSAL", description = "The proposal id, e.g. P2026-001.")
        String id;

        @Option(names = "--supervisor", paramLabel = "NAME", description = "A supervisor (监销人); give two. Not needed to resume.")
        List<String> supervisors = new ArrayList<>();

        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", converter = DateTimeConverter.class,
                description = "The time of destruction (销毁时间). Default: now.")
        LocalDateTime at;

        Execute(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            if (at != null && at.isAfter(now())) {
                throw new DispositionRefusal(Message.of("app.disposal.in-the-future", at));
            }
            PrintWriter err = spec.commandLine().getErr();
            DisposalService.Executed e = service().execute(id, supervisors, at != null ? at : now(), language(), (done, total) -> {
                // A long batch (in Alfresco, a few requests a record) says how far it is, away from the result on stdout.
                if (total >= PROGRESS_EVERY && (done % PROGRESS_EVERY == 0 || done == total)) {
                    err.println(say(Message.of("app.disposal.progress", done, total)));
                    err.flush();
                }
            });
            if (e.resumed()) {
                out.println(say(Message.of("app.disposal.resumed", id, e.execution().at())));
            }
            out.println(say(Message.of("app.disposal.destroyed", e.register().quantity(), Text.list(e.execution().supervisors()),
                    e.execution().at())));
            e.progress().skipped().forEach((rid, why) -> out.println("  " + say(Message.of("app.disposal.spared", rid, why))));
            e.progress().missing().forEach(rid -> out.println("  " + say(Message.of("app.disposal.already-gone", rid))));
            e.registerRecord().ifPresent(r -> out.println(say(Message.of("app.disposal.register-filed", r))
                    + e.progress().register().map(f -> f.archiveCode() == null ? "" : "  [" + f.archiveCode() + "]").orElse("")));
            out.println(say(Message.of("app.disposal.register-html", e.registerHtml())));
            return 0;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = {"撤回尚未执行的销毁提议：提议留档不删，其中档案恢复为可再提请。",
                    "Withdraw a proposal not yet executed: it stays on record, and its records are free to be proposed again."})
    static final class Withdraw extends DisposalStep {

        @Parameters(index = "0", paramLabel = "PROPOSAL", description = "The proposal id, e.g. P2026-001.")
        String id;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who withdraws it.")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, e.g. 鉴定有误 (appraisal mistaken).")
        String reason;

        Withdraw(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            DisposalService.Withdrawn w = service().withdraw(id, by, reason, now());
            int n = w.proposal().items().size();
            out.println(say(Message.of("app.disposal.withdrawn", id, n, w.withdrawal().by(), w.withdrawal().reason())));
            out.println(say(Message.of("app.disposal.released", w.released())));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"查看销毁提议：列表，或一项提议的档案、签字与执行情况。",
                    "Show disposal proposals: the list, or one proposal's records, sign-offs and execution."})
    static final class Show extends DisposalStep {

        @Parameters(index = "0", arity = "0..1", paramLabel = "PROPOSAL", description = "A proposal id; without it, all proposals.")
        String id;

        @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
                description = "Output format: table, or json for scripts. Default: ${DEFAULT-VALUE}.")
        ListFormat format;

        Show(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            DisposalService service = service();
            if (format == ListFormat.JSON) {
                Object doc = id == null ? java.util.Map.of("proposals", service.list().stream().map(this::summary).toList())
                        : detail(service.show(id));
                out.print(JsonOut.write(doc));
                return 0;
            }
            if (id == null) {
                List<DisposalService.Overview> all = service.list();
                if (all.isEmpty()) {
                    out.println(say(Message.of("app.disposal.none")));
                }
                for (DisposalService.Overview o : all) {
                    out.println(o.proposal().id() + "  " + say(o.state().label()) + "  " + say(Message.of("app.records",
                            o.proposal().items().size())) + "  " + o.proposal().createdAt().toLocalDate()
                            + "  " + o.proposal().appraiser()
                            + (o.missing().isEmpty() ? "" : "  " + say(Message.of("app.disposal.missing", roles(o.missing())))));
                }
                return 0;
            }
            DisposalService.Overview o = service.show(id);
            DisposalProposal p = o.proposal();
            out.println(p.id() + "  " + say(o.state().label()));
            out.println(say(Message.of("app.disposal.show.proposed", p.createdAt(), p.appraiser(), p.fonds() == null ? "—" : p.fonds(),
                    p.schedule())));
            for (Approval a : o.approvals()) {
                out.println(say(Message.of("app.disposal.show.signed", a.role().label(), a.name(), a.at()))
                        + (a.comment().isEmpty() ? "" : "  " + a.comment()));
            }
            if (!o.missing().isEmpty()) {
                out.println(say(Message.of("app.disposal.show.missing", roles(o.missing()))));
            }
            o.execution().ifPresent(e -> out.println(say(Message.of("app.disposal.show.executed", e.at(), Text.list(e.supervisors())))));
            o.withdrawal().ifPresent(w -> out.println(say(Message.of("app.disposal.show.withdrawn", w.at(), w.by(), w.reason()))));
            for (ProposedItem i : p.items()) {
                out.println("  " + (i.archiveCode() == null ? i.recordId() : i.archiveCode()) + "  " + i.title() + "  "
                        + say(itemState(o, i.recordId())));
            }
            return 0;
        }

        /** A proposal in the list: its id, state, number of records, when and by whom, the sign-offs still missing. */
        private java.util.Map<String, Object> summary(DisposalService.Overview o) {
            java.util.Map<String, Object> m = JsonOut.object();
            m.put("id", o.proposal().id());
            m.put("state", o.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("records", o.proposal().items().size());
            m.put("createdAt", JsonOut.text(o.proposal().createdAt()));
            m.put("appraiser", o.proposal().appraiser());
            m.put("missingSignOffs", o.missing().stream().map(SignOffRole::id).toList());
            return m;
        }

        /** One proposal: the summary, its sign-offs, execution or withdrawal, and every record with its state. */
        private java.util.Map<String, Object> detail(DisposalService.Overview o) {
            DisposalProposal p = o.proposal();
            java.util.Map<String, Object> m = summary(o);
            m.put("fonds", p.fonds());
            m.put("schedule", p.schedule());
            m.put("signOffs", o.approvals().stream().map(a -> {
                java.util.Map<String, Object> s = JsonOut.object();
                s.put("role", a.role().id());
                s.put("name", a.name());
                s.put("at", JsonOut.text(a.at()));
                s.put("comment", a.comment());
                return s;
            }).toList());
            m.put("executed", o.execution().map(e -> {
                java.util.Map<String, Object> x = JsonOut.object();
                x.put("at", JsonOut.text(e.at()));
                x.put("supervisors", e.supervisors());
                return x;
            }).orElse(null));
            m.put("withdrawn", o.withdrawal().map(w -> {
                java.util.Map<String, Object> x = JsonOut.object();
                x.put("at", JsonOut.text(w.at()));
                x.put("by", w.by());
                x.put("reason", w.reason());
                return x;
            }).orElse(null));
            m.put("items", p.items().stream().map(i -> {
                java.util.Map<String, Object> x = JsonOut.object();
                x.put("recordId", i.recordId());
                x.put("archiveCode", i.archiveCode());
                x.put("title", i.title());
                x.put("docType", i.docType());
                x.put("retentionCode", i.retentionCode());
                x.put("dispositionDate", JsonOut.text(i.dispositionDate()));
                x.put("status", itemStatus(o, i.recordId()));
                x.put("reason", o.progress().skipped().containsKey(i.recordId()) ? say(o.progress().skipped().get(i.recordId())) : null);
                return x;
            }).toList());
            return m;
        }

        /** The record's state as a stable word: destroyed, spared, gone, interrupted, withdrawn, pending. */
        private static String itemStatus(DisposalService.Overview o, String recordId) {
            if (o.progress().destroyed().contains(recordId)) {
                return "destroyed";
            }
            if (o.progress().skipped().containsKey(recordId)) {
                return "spared";
            }
            if (o.progress().missing().contains(recordId)) {
                return "gone";
            }
            if (o.progress().interrupted(recordId)) {
                return "interrupted";
            }
            return o.state() == ProposalState.WITHDRAWN ? "withdrawn" : "pending";
        }

        private static Message itemState(DisposalService.Overview o, String recordId) {
            if (o.progress().destroyed().contains(recordId)) {
                return Message.of("app.disposal.item.destroyed");
            }
            if (o.progress().skipped().containsKey(recordId)) {
                return Message.of("app.disposal.item.spared", o.progress().skipped().get(recordId));
            }
            if (o.progress().missing().contains(recordId)) {
                return Message.of("app.disposal.item.gone");
            }
            if (o.progress().interrupted(recordId)) {
                return Message.of("app.disposal.item.interrupted");
            }
            if (o.state() == ProposalState.WITHDRAWN) {
                return Message.of("app.disposal.item.withdrawn");
            }
            return Message.of("app.disposal.item.pending");
        }
    }

    /** {@code --role station-head}, with the allowed values named when the value is wrong. */
    static final class RoleConverter implements CommandLine.ITypeConverter<SignOffRole> {
        @Override
        public SignOffRole convert(String value) {
            return SignOffRole.fromId(value.trim()).orElseThrow(() -> new SwaCli.InvalidOption(
                    Message.of("app.option.not-sign-off-role", value)));
        }
    }
}
