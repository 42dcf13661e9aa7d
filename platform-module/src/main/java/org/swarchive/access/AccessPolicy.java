package org.swarchive.access;

import java.time.Instant;
import java.util.Collection;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.i18n.Language;

/**
 * Who may read which record (domain.md §6–§7): the permission plan for the station's own staff;
 * for evaluators, only the evidence of the station an open inspection window names, and never a
 * sensitive record. Pure: the caller supplies the windows and the moment.
 */
public final class AccessPolicy {

    private final PermissionPlan plan;

    public AccessPolicy(PermissionPlan plan) {
        this.plan = plan;
    }

    /**
     * A read is allowed by the rules above, or by an approved access request still running.
     *
     * @param recordStation the station the record belongs to
     * @param isEvidence    whether the record is evidence of an indicator (in a slot, or linked)
     */
    public AccessDecision canRead(Reader reader, ArchiveRecord record, String recordStation, boolean isEvidence,
                                  AccessContext context) {
        AccessDecision byRule = reader.role() == Role.EVALUATOR
                ? evaluator(reader, record, recordStation, isEvidence, context.windows(), context.at())
                : staff(reader, record, recordStation);
        if (byRule.allowed() || !reader.station().equals(recordStation)) {
            return byRule;
        }
        if (reader.role() == Role.EVALUATOR && record.confidentiality() == Confidentiality.SENSITIVE) {
            return byRule; // never unredacted to evaluators, approval or not
        }
        return context.requests().stream()
                .filter(q -> q.requester().equals(reader.name()) && q.record().equals(record.id()) && q.grantsAt(context.at()))
                .findFirst()
                .map(q -> AccessDecision.allow("按已批准的查阅申请（" + q.approval().orElseThrow().approvedBy() + " 批准）",
                        "under an approved access request (approved by " + q.approval().orElseThrow().approvedBy() + ")"))
                .orElse(byRule);
    }

    private AccessDecision staff(Reader reader, ArchiveRecord record, String recordStation) {
        if (!reader.station().equals(recordStation)) {
            return AccessDecision.deny("不是本站档案", "the record belongs to another station");
        }
        Category category = record.category() == null ? Category.DOCUMENTS : record.category();
        Permission p = plan.of(reader.role(), category);
        if (!p.canRead()) {
            return AccessDecision.deny(reader.role().label().in(Language.ZH) + "无权查阅" + category.label().in(Language.ZH),
                    reader.role().label().in(Language.EN) + " may not read " + category.label().in(Language.EN) + " records");
        }
        if (record.confidentiality() == Confidentiality.SENSITIVE && !reader.role().readsSensitive()) {
            return AccessDecision.deny("敏感个人信息，需经站长批准查阅", "sensitive personal information: needs the station head's approval");
        }
        return AccessDecision.allow("按权限方案可查阅（" + p.alfrescoName() + "）", "allowed by the permission plan (" + p.alfrescoName() + ")");
    }

    private static AccessDecision evaluator(Reader reader, ArchiveRecord record, String recordStation, boolean isEvidence,
                                            Collection<InspectionWindow> windows, Instant at) {
        boolean open = windows.stream().anyMatch(w -> w.station().equals(recordStation)
                && w.evaluatorGroup().equals(reader.group()) && w.isOpenAt(at));
        if (!open) {
            return AccessDecision.deny("该评估组对本站没有开放中的评估窗口", "no open inspection window for this group on this station");
        }
        if (record.confidentiality() == Confidentiality.SENSITIVE) {
            return AccessDecision.deny("敏感个人信息不向评估方提供", "sensitive personal information is withheld from evaluators");
        }
        if (!isEvidence) {
            return AccessDecision.deny("评估方只能查阅评估佐证", "evaluators read evidence only");
        }
        return AccessDecision.allow("评估窗口开放期间可查阅佐证", "evidence, during an open inspection window");
    }
}
