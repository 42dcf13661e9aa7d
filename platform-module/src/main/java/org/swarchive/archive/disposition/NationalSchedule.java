package org.swarchive.archive.disposition;

import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Message;

/**
 * The legal minimums of docs/domain.md §4. They live in code, not in the catalogue file, because a
 * station may extend or override the catalogue but never the law: whatever a station file says,
 * these floors hold.
 */
public final class NationalSchedule {

    static final Message DOCUMENTS_LAW = Message.of("archive-disposition.law.documents");
    static final Message ACCOUNTING_LAW = Message.of("archive-disposition.law.accounting");
    static final Message LABOUR_LAW = Message.of("archive-disposition.law.labour");

    private static final Retention Y = new Retention.Permanent();
    private static final Retention D30 = new Retention.Fixed(30);
    private static final Retention D10 = new Retention.Fixed(10);

    /*
     * 文书: the product's reading of Order No. 8 (policies, important contracts, major summaries,
     * honours, asset registration and the destruction register permanent; the rest at least the
     * period the order gives them). 会计: Annex 1 for enterprises and other organisations. Budgets
     * and audit reports are not in Annex 1, and service, personnel and supplies records have no
     * statutory period: for them the catalogue's period is a default a station may change.
     */
    private static final Map<String, LegalMinimum> MINIMUMS = Map.ofEntries(
            Map.entry("policy", new LegalMinimum(Y, DOCUMENTS_LAW)),
            Map.entry("service-contract", new LegalMinimum(Y, DOCUMENTS_LAW)),
            Map.entry("annual-summary", new LegalMinimum(Y, DOCUMENTS_LAW)),
            Map.entry("honor", new LegalMinimum(Y, DOCUMENTS_LAW)),
            Map.entry("asset-register", new LegalMinimum(Y, DOCUMENTS_LAW)),
            Map.entry("destruction-register", new LegalMinimum(Y, ACCOUNTING_LAW)),
            Map.entry("project-proposal", new LegalMinimum(D30, DOCUMENTS_LAW)),
            Map.entry("annual-plan", new LegalMinimum(D30, DOCUMENTS_LAW)),
            Map.entry("meeting-minutes", new LegalMinimum(D30, DOCUMENTS_LAW)),
            Map.entry("evaluation-report", new LegalMinimum(D30, DOCUMENTS_LAW)),
            Map.entry("quarterly-summary", new LegalMinimum(D10, DOCUMENTS_LAW)),
            Map.entry("monthly-summary", new LegalMinimum(D10, DOCUMENTS_LAW)),
            Map.entry("work-log", new LegalMinimum(D10, DOCUMENTS_LAW)),
            Map.entry("publicity", new LegalMinimum(D10, DOCUMENTS_LAW)),
            Map.entry("voucher", new LegalMinimum(D30, ACCOUNTING_LAW)),
            Map.entry("ledger", new LegalMinimum(D30, ACCOUNTING_LAW)),
            Map.entry("financial-report-monthly", new LegalMinimum(D10, ACCOUNTING_LAW)),
            Map.entry("financial-report-annual", new LegalMinimum(Y, ACCOUNTING_LAW)),
            Map.entry("bank-statement", new LegalMinimum(D10, ACCOUNTING_LAW)),
            Map.entry("asset-card", new LegalMinimum(new Retention.AfterEvent(5), ACCOUNTING_LAW)),
            Map.entry("labour-contract", new LegalMinimum(new Retention.AfterEvent(2), LABOUR_LAW)));

    private static final Map<String, RetentionEvent> EVENTS = Map.of(
            "labour-contract", RetentionEvent.EMPLOYMENT_END,
            "asset-card", RetentionEvent.ASSET_DISPOSAL);

    private NationalSchedule() {
    }

    public static Optional<LegalMinimum> minimum(String docType) {
        return Optional.ofNullable(MINIMUMS.get(docType));
    }

    public static RetentionEvent event(String docType) {
        return EVENTS.getOrDefault(docType, RetentionEvent.OTHER);
    }
}
