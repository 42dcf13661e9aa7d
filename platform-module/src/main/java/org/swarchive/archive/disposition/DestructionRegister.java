package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Text;

/**
 * 销毁清册 (docs/domain.md §6): a row for every record the execution destroyed, and nothing else, under
 * a cover with 全宗号, quantity, the appraisal lead, the approver, the two 监销人 and the time.
 */
public record DestructionRegister(String proposalId, String fonds, List<Row> rows, String appraiser, LocalDate appraisedOn,
                                  List<Approval> signOffs, List<String> supervisors, LocalDateTime destroyedAt) {

    /**
     * @param keptYears 已保管期限 in whole years, from 1 January after the record's year to the destruction
     * @param pages     页数, or null when unknown
     */
    public record Row(int seq, String title, int year, String archiveCode, String retentionCode, int keptYears,
                      Integer pages, String note) {

        /** 应保管期限 in words. */
        public Text retention() {
            return Retention.parse(retentionCode).<Text>map(Retention::label).orElse(Text.plain(retentionCode));
        }
    }

    public DestructionRegister {
        Objects.requireNonNull(proposalId, "proposalId");
        rows = List.copyOf(rows);
        signOffs = List.copyOf(signOffs);
        supervisors = List.copyOf(supervisors);
    }

    /** Rows in the proposal's order for exactly the records the journal says were destroyed. */
    public static DestructionRegister of(DisposalProposal proposal, List<Approval> approvals, Execution execution,
                                         ExecutionProgress progress) {
        List<Row> rows = new ArrayList<>();
        LocalDate destroyedOn = execution.at().toLocalDate();
        for (ProposedItem item : proposal.items()) {
            if (!progress.destroyed().contains(item.recordId())) {
                continue;
            }
            LocalDate from = LocalDate.of(item.year() + 1, 1, 1);
            int kept = from.isAfter(destroyedOn) ? 0 : Period.between(from, destroyedOn).getYears();
            rows.add(new Row(rows.size() + 1, item.title(), item.year(), item.archiveCode(), item.retentionCode(), kept,
                    item.pages(), item.note()));
        }
        List<Approval> ordered = approvals.stream().filter(a -> proposal.requiredSignOffs().contains(a.role()))
                .sorted(java.util.Comparator.comparing(Approval::role)).toList();
        return new DestructionRegister(proposal.id(), proposal.fonds(), rows, proposal.appraiser(),
                proposal.createdAt().toLocalDate(), ordered, execution.supervisors(), execution.at());
    }

    /** 数量: records destroyed. */
    public int quantity() {
        return rows.size();
    }

    /** Total pages of the rows whose page count is known. */
    public int totalPages() {
        return rows.stream().map(Row::pages).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean allPagesKnown() {
        return rows.stream().allMatch(r -> r.pages() != null);
    }

    /** 批准人: the station head's sign-off. */
    public Optional<Approval> approver() {
        return signOffs.stream().filter(a -> a.role() == SignOffRole.STATION_HEAD).findFirst();
    }
}
