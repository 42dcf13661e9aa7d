package org.swarchive.archive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.LocalizedText;

class WorkflowValuesTest {

    private static final LocalDateTime PROPOSED = LocalDateTime.of(2026, 3, 2, 9, 0);

    static ProposedItem item(String id, String category, int year, Integer pages) {
        return new ProposedItem(id, "题名" + id, year, "JN01-WS·" + year + "-D10-000" + id.length(), "work-log", category,
                "D10", LocalDate.of(year + 11, 1, 1), pages, null);
    }

    @Test
    void should_need_only_the_station_head_when_the_batch_has_no_finance_records() {
        var p = new DisposalProposal("P1", PROPOSED, "李档案", LocalDate.of(2026, 3, 1), "JN01", "national-default",
                List.of(item("a", "documents", 2014, 3)), null);

        assertThat(p.missingSignOffs(List.of())).containsExactly(SignOffRole.STATION_HEAD);
        assertThat(p.missingSignOffs(List.of(new Approval(SignOffRole.STATION_HEAD, "王站长", PROPOSED, null)))).isEmpty();
    }

    @Test
    void should_need_the_accounting_sign_offs_when_the_batch_has_finance_records() {
        var p = new DisposalProposal("P1", PROPOSED, "李档案", LocalDate.of(2026, 3, 1), "JN01", "national-default",
                List.of(item("a", "documents", 2014, 3), item("b", "finance", 2014, 3)), null);

        assertThat(p.missingSignOffs(List.of(new Approval(SignOffRole.STATION_HEAD, "王站长", PROPOSED, null))))
                .containsExactly(SignOffRole.ARCHIVE_HEAD, SignOffRole.ARCHIVE_HANDLER,
                        SignOffRole.ACCOUNTING_HEAD, SignOffRole.ACCOUNTING_HANDLER);
    }

    @Test
    void should_refuse_an_execution_when_it_does_not_have_two_different_supervisors() {
        LocalDateTime at = LocalDateTime.of(2026, 4, 1, 10, 0);
        assertThatThrownBy(() -> new Execution("P1", List.of("张三"), at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Execution("P1", List.of("张三", "张三"), at)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_list_only_destroyed_records_with_years_kept_and_totals_when_making_the_register() {
        var p = new DisposalProposal("P1", PROPOSED, "李档案", LocalDate.of(2026, 3, 1), "JN01", "national-default",
                List.of(item("a", "documents", 2014, 3), item("bb", "documents", 2014, 5),
                        item("ccc", "documents", 2015, null)), null);
        var journal = List.<JournalEntry>of(new JournalEntry.Intent("a"), new JournalEntry.Destroyed("a"),
                new JournalEntry.Skipped("bb", LocalizedText.of("冻结", "held")),
                new JournalEntry.Intent("ccc"), new JournalEntry.Destroyed("ccc"));
        var execution = new Execution("P1", List.of("张三", "李四"), LocalDateTime.of(2026, 4, 1, 10, 0));

        DestructionRegister r = DestructionRegister.of(p,
                List.of(new Approval(SignOffRole.STATION_HEAD, "王站长", PROPOSED, null)), execution,
                ExecutionProgress.of(journal));

        assertThat(r.rows()).extracting(DestructionRegister.Row::seq, DestructionRegister.Row::title,
                DestructionRegister.Row::keptYears).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "题名a", 11), org.assertj.core.groups.Tuple.tuple(2, "题名ccc", 10));
        assertThat(r.quantity()).isEqualTo(2);
        assertThat(r.totalPages()).isEqualTo(3);
        assertThat(r.allPagesKnown()).isFalse();
        assertThat(r.approver()).map(Approval::name).contains("王站长");
    }

    @Test
    void should_see_an_interrupted_destruction_when_intent_has_no_outcome() {
        var progress = ExecutionProgress.of(List.of(new JournalEntry.Intent("a"), new JournalEntry.Destroyed("a"),
                new JournalEntry.Intent("b")));

        assertThat(progress.interrupted("b")).isTrue();
        assertThat(progress.interrupted("a")).isFalse();
        assertThat(progress.settled("a")).isTrue();
        assertThat(progress.destroyed()).containsExactly("a");
    }
}
