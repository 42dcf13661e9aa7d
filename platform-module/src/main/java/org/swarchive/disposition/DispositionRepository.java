package org.swarchive.disposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DisposalProposal;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.Execution;
import org.swarchive.archive.disposition.ExecutionProgress;
import org.swarchive.archive.disposition.JournalEntry;
import org.swarchive.archive.disposition.ProposedItem;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.archive.disposition.Withdrawal;
import org.swarchive.archive.disposition.WorkflowMark;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.MetadataXml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals, sign-offs, executions, withdrawals and their journals in the station's notes, area
 * {@code disposition} (on the folder store its hidden {@code .swa/disposition/}, which a scan never
 * takes for records; in Alfresco the site's {@code documentLibrary/.swa/disposition}). The notes
 * are the only state: any copy of the program, on any machine, sees the same workflow.
 *
 * <pre>
 * disposition/holds.log                       every hold placed or released (JSON lines)
 * disposition/P2026-001/proposal.json
 * disposition/P2026-001/approval-station-head.json
 * disposition/P2026-001/execution.json
 * disposition/P2026-001/withdrawal.json        only when it was withdrawn
 * disposition/P2026-001/journal.log            JSON lines, each kept durably before the next step
 * disposition/P2026-001/销毁清册-P2026-001.html
 * disposition/P2026-001/kept-metadata/…        metadata the schedule keeps after destruction
 * </pre>
 *
 * A proposal, a sign-off, an execution and a withdrawal are created once and never rewritten:
 * of two people signing at the same moment, exactly one signature is kept.
 */
public final class DispositionRepository {

    static final String AREA = "disposition";
    private static final String PROPOSAL = "proposal.json";
    private static final String EXECUTION = "execution.json";
    private static final String WITHDRAWAL = "withdrawal.json";
    private static final String JOURNAL = "journal.log";
    private static final String HOLDS = "holds.log";
    private static final String KEPT = "kept-metadata";

    private final StationState state;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final JsonMapper lines = JsonMapper.builder().build();

    public DispositionRepository(StationState state) {
        this.state = state;
    }

    public List<String> proposalIds() {
        return state.areas(AREA).stream().filter(id -> id.matches(ID)).filter(id -> state.list(area(id)).contains(PROPOSAL))
                .sorted().toList();
    }

    /** The next id of a year: {@code P2026-001}, {@code P2026-002}, … */
    public String nextProposalId(int year) {
        String prefix = "P" + year + "-";
        int max = proposalIds().stream().filter(id -> id.startsWith(prefix))
                .mapToInt(id -> parseOrZero(id.substring(prefix.length()))).max().orElse(0);
        return prefix + String.format("%03d", max + 1);
    }

    public Optional<DisposalProposal> proposal(String id) {
        return readJson(area(id), PROPOSAL, DisposalProposal.class);
    }

    public DisposalProposal require(String id) {
        return proposal(id).orElseThrow(() -> new DispositionRefusal(Message.of("disposition.repository.no-proposal", id)));
    }

    /** Records a new proposal; false when its id was taken meanwhile (another archivist proposed at the same moment). */
    public boolean save(DisposalProposal proposal) {
        return create(area(proposal.id()), PROPOSAL, proposal);
    }

    /** The sign-offs given, in the form's order; only the notes there are read. */
    public List<Approval> approvals(String id) {
        Set<String> present = Set.copyOf(state.list(area(id)));
        List<Approval> approvals = new ArrayList<>();
        for (SignOffRole role : SignOffRole.values()) {
            if (present.contains(approvalName(role))) {
                readJson(area(id), approvalName(role), Approval.class).ifPresent(approvals::add);
            }
        }
        return approvals;
    }

    /** Records a sign-off; false when that role had signed meanwhile. */
    public boolean save(String proposalId, Approval approval) {
        return create(area(proposalId), approvalName(approval.role()), approval);
    }

    public Optional<Execution> execution(String id) {
        return readJson(area(id), EXECUTION, Execution.class);
    }

    /** Records the start of an execution; false when another one started it meanwhile. */
    public boolean save(Execution execution) {
        return create(area(execution.proposalId()), EXECUTION, execution);
    }

    public Optional<Withdrawal> withdrawal(String id) {
        return readJson(area(id), WITHDRAWAL, Withdrawal.class);
    }

    /** Records a withdrawal; false when the proposal was withdrawn meanwhile. */
    public boolean save(String proposalId, Withdrawal withdrawal) {
        return create(area(proposalId), WITHDRAWAL, withdrawal);
    }

    /**
     * The journal's entries. A last line cut short by a crash is ignored: the step it announced
     * had not begun, because each line is kept before its step starts.
     */
    public List<JournalEntry> journal(String id) {
        Optional<String> text = state.read(area(id), JOURNAL);
        if (text.isEmpty()) {
            return List.of();
        }
        List<JournalEntry> entries = new ArrayList<>();
        String[] parts = text.get().split("\n", -1);
        try {
            for (int i = 0; i < parts.length - 1; i++) {
                if (!parts[i].isBlank()) {
                    entries.add(entryOf(lines.readValue(parts[i], Map.class)));
                }
            }
        } catch (JacksonException | IllegalArgumentException e) {
            String where = state.locate(area(id), JOURNAL);
            throw new DispositionRefusal(Message.of("disposition.repository.journal-damaged", where, e.getMessage()));
        }
        return entries;
    }

    /** Appends one entry, kept durably before returning. */
    public void append(String id, JournalEntry entry) {
        append(id, List.of(entry));
    }

    /**
     * Appends entries in one write, kept durably before returning; a crash during it keeps some
     * first lines of them at most, never a line cut short that is read as one.
     */
    public void append(String id, List<JournalEntry> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(lines.writeValueAsString(mapOf(e))).append('\n'));
        state.append(area(id), JOURNAL, text.toString());
    }

    public ExecutionProgress progress(String id) {
        return ExecutionProgress.of(journal(id));
    }

    /** Where the register's printable copy is, for a person to open. */
    public String registerHtml(String id) {
        return state.locate(area(id), registerName(id));
    }

    public Optional<String> registerHtmlText(String id) {
        return state.read(area(id), registerName(id));
    }

    public void saveRegisterHtml(String id, String html) {
        state.write(area(id), registerName(id), html);
    }

    /** Keeps a destroyed record's metadata (Bulk Import form) where the schedule wants it kept. */
    public void keepMetadata(String proposalId, String recordId, Map<String, String> metadata) {
        Kept k = kept(proposalId, recordId);
        state.write(k.area(), k.name(), MetadataXml.xml(metadata));
    }

    /** The kept metadata of a destroyed record, as properties XML. */
    public Optional<String> keptMetadata(String proposalId, String recordId) {
        Kept k = kept(proposalId, recordId);
        return state.read(k.area(), k.name());
    }

    /**
     * The records open proposals hold: proposed until every sign-off is in, then approved until
     * executed. Withdrawn and executed proposals hold nothing; their journal is read first, so a
     * finished proposal costs one read.
     */
    public Map<String, WorkflowMark> openMarks() {
        Map<String, WorkflowMark> marks = new LinkedHashMap<>();
        for (String id : proposalIds()) {
            ExecutionProgress progress = progress(id);
            if (progress.completed() || withdrawal(id).isPresent() && execution(id).isEmpty()) {
                continue;
            }
            DisposalProposal p = require(id);
            DispositionStatus status = p.missingSignOffs(approvals(id)).isEmpty() ? DispositionStatus.APPROVED
                    : DispositionStatus.PROPOSED;
            for (ProposedItem item : p.items()) {
                if (!progress.settled(item.recordId())) {
                    marks.putIfAbsent(item.recordId(), new WorkflowMark(id, status));
                }
            }
        }
        return marks;
    }

    /** One line of the hold log. */
    public record HoldEvent(String action, String record, String archiveCode, String reason, String by, String at) {
    }

    public void log(HoldEvent event) {
        state.append(AREA, HOLDS, lines.writeValueAsString(event) + "\n");
    }

    public List<HoldEvent> holdLog() {
        return state.read(AREA, HOLDS).map(text -> text.lines().filter(l -> !l.isBlank())
                .map(l -> lines.readValue(l, HoldEvent.class)).toList()).orElse(List.of());
    }

    private static final String ID = "[A-Za-z0-9-]+";

    private static String area(String id) {
        if (id == null || !id.matches(ID)) {
            throw new DispositionRefusal(Message.of("disposition.repository.bad-id", id));
        }
        return AREA + "/" + id;
    }

    private static String approvalName(SignOffRole role) {
        return "approval-" + role.id() + ".json";
    }

    private static String registerName(String id) {
        return "销毁清册-" + id + ".html";
    }

    /** Where a record's kept metadata goes: its path below the station, under kept-metadata/. */
    private record Kept(String area, String name) {
    }

    private static Kept kept(String proposalId, String recordId) {
        List<String> segments = new ArrayList<>(List.of(recordId.split("/")));
        segments.removeIf(String::isEmpty);
        String name = plain(segments.remove(segments.size() - 1) + MetadataXml.SUFFIX);
        StringBuilder area = new StringBuilder(area(proposalId)).append('/').append(KEPT);
        segments.forEach(seg -> area.append('/').append(plain(seg)));
        return new Kept(area.toString(), name);
    }

    /** A segment as the notes accept it: the characters neither store allows in a name become {@code _}. */
    private static String plain(String segment) {
        try {
            return StationState.plainName(segment);
        } catch (IllegalArgumentException notPlain) {
            String cleaned = segment.codePoints().map(c -> c < 0x20 || "*\"<>\\/?:|".indexOf(c) >= 0 ? '_' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            cleaned = cleaned.replaceAll("^\\.+", "_").replaceAll("\\.+$", "_");
            return StationState.plainName(cleaned.isEmpty() ? "_" : cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned);
        }
    }

    private <T> Optional<T> readJson(String area, String name, Class<T> type) {
        Optional<String> text = state.read(area, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text.get(), type));
        } catch (JacksonException e) {
            String where = state.locate(area, name);
            throw new DispositionRefusal(Message.of("disposition.repository.unreadable", where, e.getOriginalMessage()));
        }
    }

    /** Creates a note that must not exist yet: a proposal, a sign-off or an execution is never rewritten. */
    private boolean create(String area, String name, Object value) {
        return state.create(area, name, json.writeValueAsString(value));
    }

    private static Map<String, String> mapOf(JournalEntry e) {
        if (e instanceof JournalEntry.Intent i) {
            Map<String, String> m = line("intent", i.recordId());
            if (i.ref() != null) {
                m.put("ref", i.ref());
            }
            return m;
        }
        if (e instanceof JournalEntry.Destroyed d) {
            return line("destroyed", d.recordId());
        }
        if (e instanceof JournalEntry.Missing x) {
            return line("missing", x.recordId());
        }
        if (e instanceof JournalEntry.Skipped s) {
            Map<String, String> m = line("skipped", s.recordId());
            m.put("reason", s.reason().in(Language.ZH));
            m.put("reasonEn", s.reason().in(Language.EN));
            return m;
        }
        if (e instanceof JournalEntry.RegisterFiled f) {
            Map<String, String> m = line("register-filed", f.recordId());
            m.put("archiveCode", f.archiveCode());
            return m;
        }
        return line("completed", null);
    }

    private static Map<String, String> line(String step, String recordId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("step", step);
        if (recordId != null) {
            m.put("record", recordId);
        }
        return m;
    }

    private static JournalEntry entryOf(Map<?, ?> m) {
        String record = (String) m.get("record");
        String step = String.valueOf(m.get("step"));
        return switch (step) {
            case "intent" -> new JournalEntry.Intent(record, (String) m.get("ref"));
            case "destroyed" -> new JournalEntry.Destroyed(record);
            case "skipped" -> new JournalEntry.Skipped(record,
                    LocalizedText.of((String) m.get("reason"), (String) m.get("reasonEn")));
            case "missing" -> new JournalEntry.Missing(record);
            case "register-filed" -> new JournalEntry.RegisterFiled(record, (String) m.get("archiveCode"));
            case "completed" -> new JournalEntry.Completed();
            default -> throw new IllegalArgumentException("unknown step '" + step + "'");
        };
    }

    private static int parseOrZero(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
