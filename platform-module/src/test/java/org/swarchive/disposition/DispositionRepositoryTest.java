package org.swarchive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DisposalProposal;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.Execution;
import org.swarchive.archive.disposition.JournalEntry;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.archive.disposition.ProposedItem;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.archive.disposition.Withdrawal;
import org.swarchive.i18n.Language;
import org.swarchive.store.folder.FolderState;

/**
 * Disposition's notes on the folder store keep the layout stations already have: files written by
 * the release before (copied verbatim from one, under test resources {@code disposition/legacy})
 * read the same, and what is written now lands where those files are.
 */
class DispositionRepositoryTest {

    private static final String LOG_1 = "文书档案/2014/定期10年/2014-03-工作日志.txt";
    private static final String LOG_3 = "文书档案/2014/定期10年/2014-05-工作日志.txt";

    @TempDir
    Path dir;

    private DispositionRepository repository() {
        return new DispositionRepository(new FolderState(dir));
    }

    private void copyLegacy() throws IOException, URISyntaxException {
        Path from = Path.of(getClass().getResource("/disposition/legacy").toURI());
        Path to = dir.resolve(".swa/disposition");
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void should_read_proposal_sign_offs_execution_journal_and_hold_log_when_the_files_were_written_the_old_way() throws Exception {
        copyLegacy();
        DispositionRepository repository = repository();

        assertThat(repository.proposalIds()).containsExactly("P2026-001");
        assertThat(repository.nextProposalId(2026)).isEqualTo("P2026-002");
        DisposalProposal p = repository.require("P2026-001");
        assertThat(p.appraiser()).isEqualTo("李档案");
        assertThat(p.note()).isEqualTo("第一批");
        assertThat(p.items()).extracting(ProposedItem::archiveCode)
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002", "JN01-WS·2014-D10-0003");
        assertThat(repository.approvals("P2026-001")).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(SignOffRole.STATION_HEAD);
            assertThat(a.name()).isEqualTo("王站长");
            assertThat(a.at()).isEqualTo(LocalDateTime.of(2026, 3, 9, 15, 0));
        });
        assertThat(repository.execution("P2026-001")).hasValueSatisfying(e -> assertThat(e.supervisors()).containsExactly("赵监销", "钱监销"));
        var progress = repository.progress("P2026-001");
        assertThat(progress.destroyed()).containsExactly(LOG_1, "文书档案/2014/定期10年/2014-04-工作日志.txt");
        assertThat(progress.skipped()).containsOnlyKeys(LOG_3);
        assertThat(progress.skipped().get(LOG_3).in(Language.ZH)).contains("审计进行中");
        assertThat(progress.register()).hasValueSatisfying(f -> assertThat(f.archiveCode()).isEqualTo("JN01-WS·2026-Y-0001"));
        assertThat(progress.completed()).isTrue();
        assertThat(repository.holdLog()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("add");
            assertThat(h.reason()).isEqualTo("审计进行中");
        });
        assertThat(repository.registerHtmlText("P2026-001")).hasValueSatisfying(html -> assertThat(html).contains("钱监销"));
        assertThat(repository.openMarks()).isEmpty();
        assertThat(new TestStation(dir).disposal().show("P2026-001").state()).isEqualTo(ProposalState.EXECUTED);
    }

    @Test
    void should_write_every_note_where_the_old_layout_kept_it_when_a_proposal_goes_through() throws Exception {
        DispositionRepository repository = repository();
        ProposedItem item = new ProposedItem(LOG_1, "2014年3月工作日志", 2014, "JN01-WS·2014-D10-0001", "work-log", "documents",
                "D10", LocalDate.of(2025, 1, 1), 12, "国家档案局令第8号");
        DisposalProposal p = new DisposalProposal("P2026-001", LocalDateTime.of(2026, 3, 2, 9, 0), "李档案", LocalDate.of(2026, 3, 1),
                "JN01", "national-default", List.of(item), "第一批");

        assertThat(repository.save(p)).isTrue();
        assertThat(repository.save(p)).isFalse();
        assertThat(repository.save("P2026-001", new Approval(SignOffRole.STATION_HEAD, "王站长", LocalDateTime.of(2026, 3, 9, 15, 0), "同意"))).isTrue();
        assertThat(repository.save(new Execution("P2026-001", List.of("赵监销", "钱监销"), LocalDateTime.of(2026, 3, 20, 10, 30)))).isTrue();
        repository.append("P2026-001", new JournalEntry.Intent(LOG_1));
        repository.append("P2026-001", new JournalEntry.Destroyed(LOG_1));
        repository.saveRegisterHtml("P2026-001", "<html>清册</html>");
        repository.keepMetadata("P2026-001", LOG_1, Map.of("swa:archiveCode", "JN01-WS·2014-D10-0001"));
        repository.log(new DispositionRepository.HoldEvent("add", LOG_3, null, "审计进行中", "王站长", "2026-03-10T12:00"));

        Path area = dir.resolve(".swa/disposition/P2026-001");
        assertThat(area.resolve("proposal.json")).content().isEqualTo(legacy("P2026-001/proposal.json")
                .replaceAll("(?s)\\}, \\{.*\\} ]", "} ]"));
        assertThat(area.resolve("approval-station-head.json")).content().contains("\"role\" : \"STATION_HEAD\"");
        assertThat(area.resolve("execution.json")).content().isEqualTo(legacy("P2026-001/execution.json"));
        assertThat(area.resolve("journal.log")).content().startsWith(String.join("\n", legacy("P2026-001/journal.log").lines()
                .limit(2).toList()) + "\n");
        assertThat(area.resolve("销毁清册-P2026-001.html")).content().isEqualTo("<html>清册</html>");
        assertThat(area.resolve("kept-metadata/文书档案/2014/定期10年/2014-03-工作日志.txt.metadata.properties.xml")).content()
                .contains("<entry key=\"swa:archiveCode\">JN01-WS·2014-D10-0001</entry>");
        assertThat(dir.resolve(".swa/disposition/holds.log")).content().contains("\"action\":\"add\"").contains("审计进行中");
        assertThat(repository.registerHtml("P2026-001")).isEqualTo(area.resolve("销毁清册-P2026-001.html").toString());
    }

    @Test
    void should_keep_the_first_sign_off_when_a_role_signs_twice() {
        DispositionRepository repository = repository();
        assertThat(repository.save("P2026-001", new Approval(SignOffRole.STATION_HEAD, "王站长", LocalDateTime.of(2026, 3, 9, 15, 0), ""))).isTrue();
        assertThat(repository.save("P2026-001", new Approval(SignOffRole.STATION_HEAD, "冒名者", LocalDateTime.of(2026, 3, 9, 15, 1), ""))).isFalse();
        assertThat(repository.approvals("P2026-001")).extracting(Approval::name).containsExactly("王站长");
    }

    @Test
    void should_ignore_a_last_journal_line_cut_short_when_a_crash_stopped_the_write() throws Exception {
        Path journal = dir.resolve(".swa/disposition/P2026-001/journal.log");
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, "{\"step\":\"intent\",\"record\":\"a\"}\n{\"step\":\"destroyed\",\"rec");

        assertThat(repository().journal("P2026-001")).containsExactly(new JournalEntry.Intent("a"));
    }

    @Test
    void should_name_the_file_when_a_journal_line_is_damaged() throws Exception {
        Path journal = dir.resolve(".swa/disposition/P2026-001/journal.log");
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, "{\"step\":\"exploded\"}\n");

        assertThatThrownBy(() -> repository().journal("P2026-001")).isInstanceOfSatisfying(DispositionRefusal.class,
                r -> assertThat(r.reason().in(Language.ZH)).contains("执行日志已损坏").contains(journal.toString()));
    }

    @Test
    void should_journal_the_node_handle_with_the_intent_when_the_store_gives_one() {
        DispositionRepository repository = repository();
        repository.append("P2026-001", new JournalEntry.Intent(LOG_1, "8f0e0c1e-0000-4000-8000-000000000001"));

        assertThat(repository.progress("P2026-001").ref(LOG_1)).hasValue("8f0e0c1e-0000-4000-8000-000000000001");
        assertThat(repository.progress("P2026-001").interrupted(LOG_1)).isTrue();
    }

    @Test
    void should_read_back_a_withdrawal_and_hold_nothing_when_a_proposal_was_withdrawn() {
        DispositionRepository repository = repository();
        ProposedItem item = new ProposedItem(LOG_1, "日志", 2014, null, "work-log", "documents", "D10", LocalDate.of(2025, 1, 1), null, null);
        repository.save(new DisposalProposal("P2026-001", LocalDateTime.of(2026, 3, 2, 9, 0), "李档案", LocalDate.of(2026, 3, 1),
                null, "national-default", List.of(item), null));
        assertThat(repository.openMarks()).containsOnlyKeys(LOG_1);
        assertThat(repository.openMarks().get(LOG_1).status()).isEqualTo(DispositionStatus.PROPOSED);

        repository.save("P2026-001", new Withdrawal("李档案", LocalDateTime.of(2026, 3, 3, 9, 0), "鉴定有误"));

        assertThat(repository.withdrawal("P2026-001")).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("鉴定有误"));
        assertThat(repository.openMarks()).isEmpty();
        assertThat(repository.proposalIds()).containsExactly("P2026-001");
        assertThat(dir.resolve(".swa/disposition/P2026-001/withdrawal.json")).exists();
    }

    private String legacy(String name) throws Exception {
        return Files.readString(Path.of(getClass().getResource("/disposition/legacy/" + name).toURI()));
    }
}
