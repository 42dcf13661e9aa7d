package org.swarchive.disposition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DisposalProposal;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.Execution;
import org.swarchive.archive.disposition.ExecutionProgress;
import org.swarchive.archive.disposition.JournalEntry;
import org.swarchive.archive.disposition.ProposedItem;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.archive.disposition.WorkflowMark;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals, sign-offs, executions and their journals as files in the station folder under
 * {@code .swa/disposition/} (hidden, so the store's scan never takes them for records). The
 * station folder is the only state: any copy of the program sees the same workflow.
 *
 * <pre>
 * .swa/disposition/holds.log                       every hold placed or released (JSON lines)
 * .swa/disposition/P2026-001/proposal.json
 * .swa/disposition/P2026-001/approval-station-head.json
 * .swa/disposition/P2026-001/execution.json
 * .swa/disposition/P2026-001/journal.log           JSON lines, each written and synced before the next step
 * .swa/disposition/P2026-001/销毁清册-P2026-001.html
 * .swa/disposition/P2026-001/kept-metadata/…       metadata the schedule keeps after destruction
 * </pre>
 */
public final class DispositionRepository {

    private final Path dir;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final JsonMapper lines = JsonMapper.builder().build();

    public DispositionRepository(Path stationRoot) {
        this.dir = stationRoot.resolve(".swa").resolve("disposition");
    }

    public Path dir() {
        return dir;
    }

    public List<String> proposalIds() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.exists(p.resolve("proposal.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next id of a year: {@code P2026-001}, {@code P2026-002}, … */
    public String nextProposalId(int year) {
        String prefix = "P" + year + "-";
        int max = proposalIds().stream().filter(id -> id.startsWith(prefix))
                .mapToInt(id -> parseOrZero(id.substring(prefix.length()))).max().orElse(0);
        return prefix + String.format("%03d", max + 1);
    }

    public Optional<DisposalProposal> proposal(String id) {
        return readJson(proposalDir(id).resolve("proposal.json"), DisposalProposal.class);
    }

    public DisposalProposal require(String id) {
        return proposal(id).orElseThrow(() -> DispositionRefusal.of("没有编号为“" + id + "”的销毁提议（用 swa disposal show 查看）",
                "no disposal proposal '" + id + "' (see swa disposal show)"));
    }

    public void save(DisposalProposal proposal) {
        writeNew(proposalDir(proposal.id()).resolve("proposal.json"), proposal);
    }

    public List<Approval> approvals(String id) {
        List<Approval> approvals = new ArrayList<>();
        for (SignOffRole role : SignOffRole.values()) {
            readJson(approvalFile(id, role), Approval.class).ifPresent(approvals::add);
        }
        return approvals;
    }

    public void save(String proposalId, Approval approval) {
        writeNew(approvalFile(proposalId, approval.role()), approval);
    }

    public Optional<Execution> execution(String id) {
        return readJson(proposalDir(id).resolve("execution.json"), Execution.class);
    }

    public void save(Execution execution) {
        writeNew(proposalDir(execution.proposalId()).resolve("execution.json"), execution);
    }

    /**
     * The journal's entries. A last line cut short by a crash is ignored: the step it announced
     * had not begun, because each line is synced before its step starts.
     */
    public List<JournalEntry> journal(String id) {
        Path file = journalFile(id);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<JournalEntry> entries = new ArrayList<>();
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                String line = parts[i];
                boolean complete = i < parts.length - 1;
                if (line.isBlank() || !complete) {
                    continue;
                }
                entries.add(entryOf(lines.readValue(line, Map.class)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw DispositionRefusal.of("执行日志已损坏：" + file + "（" + e.getMessage() + "）",
                    "the execution journal is damaged: " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Appends one entry and syncs it to disk before returning. */
    public void append(String id, JournalEntry entry) {
        Path file = journalFile(id);
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (lines.writeValueAsString(mapOf(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExecutionProgress progress(String id) {
        return ExecutionProgress.of(journal(id));
    }

    public Path registerHtml(String id) {
        return proposalDir(id).resolve("销毁清册-" + id + ".html");
    }

    public Path keptMetadata(String proposalId, String recordId) {
        return proposalDir(proposalId).resolve("kept-metadata").resolve(recordId + ".metadata.properties.xml");
    }

    /** The records open proposals hold: proposed until every sign-off is in, then approved until executed. */
    public Map<String, WorkflowMark> openMarks() {
        Map<String, WorkflowMark> marks = new LinkedHashMap<>();
        for (String id : proposalIds()) {
            DisposalProposal p = require(id);
            ExecutionProgress progress = progress(id);
            if (progress.completed()) {
                continue;
            }
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
        Path file = dir.resolve("holds.log");
        try {
            Files.createDirectories(dir);
            Files.write(file, (lines.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<HoldEvent> holdLog() {
        Path file = dir.resolve("holds.log");
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            return all.filter(l -> !l.isBlank()).map(l -> lines.readValue(l, HoldEvent.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path proposalDir(String id) {
        if (!id.matches("[A-Za-z0-9-]+")) {
            throw DispositionRefusal.of("“" + id + "”不是销毁提议编号（如 P2026-001）", "'" + id + "' is not a proposal id (e.g. P2026-001)");
        }
        return dir.resolve(id);
    }

    private Path approvalFile(String id, SignOffRole role) {
        return proposalDir(id).resolve("approval-" + role.id() + ".json");
    }

    private Path journalFile(String id) {
        return proposalDir(id).resolve("journal.log");
    }

    private <T> Optional<T> readJson(Path file, Class<T> type) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), type));
        } catch (JacksonException e) {
            throw DispositionRefusal.of("无法读取 " + file + "：" + e.getOriginalMessage(),
                    "cannot read " + file + ": " + e.getOriginalMessage());
        }
    }

    /** Writes a file that must not exist yet: a proposal, a sign-off or an execution is never rewritten. */
    private void writeNew(Path file, Object value) {
        if (Files.exists(file)) {
            throw new IllegalStateException("already recorded: " + file);
        }
        try {
            Files.createDirectories(file.getParent());
            StationFolder.writeAtomically(file, json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> mapOf(JournalEntry e) {
        if (e instanceof JournalEntry.Intent i) {
            return line("intent", i.recordId());
        }
        if (e instanceof JournalEntry.Destroyed d) {
            return line("destroyed", d.recordId());
        }
        if (e instanceof JournalEntry.Missing x) {
            return line("missing", x.recordId());
        }
        if (e instanceof JournalEntry.Skipped s) {
            Map<String, String> m = line("skipped", s.recordId());
            m.put("reason", s.reason().zh());
            m.put("reasonEn", s.reason().en());
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
            case "intent" -> new JournalEntry.Intent(record);
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
