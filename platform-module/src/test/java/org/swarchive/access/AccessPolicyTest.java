package org.swarchive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordReader;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.PermissionPlanLoader;

class AccessPolicyTest {

    private static final RecordReader READER = new RecordReader(new CatalogueLoader().shipped());
    private final AccessPolicy policy = new AccessPolicy(new PermissionPlanLoader().shipped());

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-15T00:00:00Z");
    private static final InspectionWindow WINDOW = new InspectionWindow("w1", "JN01", "assessors", FROM, UNTIL,
            Optional.empty(), "head");
    private static final Instant DURING = Instant.parse("2026-03-05T09:00:00Z");

    private static ArchiveRecord record(String docType, String confidentiality) {
        return READER.read("r", "r.docx", Map.of("swa:docType", docType, "swa:confidentiality", confidentiality)).record();
    }

    private final Reader evaluator = new Reader("评估员甲", Role.EVALUATOR, "JN01", "assessors");

    @Test
    void should_let_an_evaluator_read_evidence_during_an_open_window() {
        assertThat(policy.canRead(evaluator, record("monthly-summary", "internal"), "JN01", true, AccessContext.at(DURING).withWindows(List.of(WINDOW))).allowed())
                .isTrue();
    }

    @Test
    void should_refuse_an_evaluator_outside_the_window_or_after_an_early_close() {
        ArchiveRecord r = record("monthly-summary", "internal");
        assertThat(policy.canRead(evaluator, r, "JN01", true, AccessContext.at(FROM.minusSeconds(1)).withWindows(List.of(WINDOW))).allowed()).isFalse();
        assertThat(policy.canRead(evaluator, r, "JN01", true, AccessContext.at(UNTIL).withWindows(List.of(WINDOW))).allowed()).isFalse();
        InspectionWindow closed = WINDOW.closedAt(Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(policy.canRead(evaluator, r, "JN01", true, AccessContext.at(DURING).withWindows(List.of(closed))).reason().in(Language.EN))
                .isEqualTo("no open inspection window for this group on this station");
    }

    @Test
    void should_refuse_an_evaluator_another_stations_records_and_another_groups_window() {
        ArchiveRecord r = record("monthly-summary", "internal");
        assertThat(policy.canRead(evaluator, r, "JN02", true, AccessContext.at(DURING).withWindows(List.of(WINDOW))).allowed()).isFalse();
        Reader other = new Reader("评估员乙", Role.EVALUATOR, "JN01", "other-firm");
        assertThat(policy.canRead(other, r, "JN01", true, AccessContext.at(DURING).withWindows(List.of(WINDOW))).allowed()).isFalse();
    }

    @Test
    void should_never_show_an_evaluator_a_sensitive_record_or_a_record_that_is_not_evidence() {
        assertThat(policy.canRead(evaluator, record("case-record", "sensitive"), "JN01", true, AccessContext.at(DURING).withWindows(List.of(WINDOW))).reason().in(Language.EN))
                .isEqualTo("sensitive personal information is withheld from evaluators");
        assertThat(policy.canRead(evaluator, record("voucher", "internal"), "JN01", false, AccessContext.at(DURING).withWindows(List.of(WINDOW))).allowed())
                .isFalse();
    }

    @Test
    void should_keep_personnel_and_finance_from_social_workers() {
        Reader worker = new Reader("社工丙", Role.SOCIAL_WORKER, "JN01", null);
        assertThat(policy.canRead(worker, record("labour-contract", "confidential"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isFalse();
        assertThat(policy.canRead(worker, record("voucher", "internal"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).reason().in(Language.EN))
                .isEqualTo("Social worker may not read Finance records");
        assertThat(policy.canRead(worker, record("case-record", "sensitive"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isTrue();
        assertThat(policy.canRead(worker, record("policy", "internal"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isTrue();
    }

    @Test
    void should_let_the_finance_officer_read_assets_but_not_service_records() {
        Reader finance = new Reader("财务丁", Role.FINANCE_OFFICER, "JN01", null);
        assertThat(policy.canRead(finance, record("asset-register", "internal"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isTrue();
        assertThat(policy.canRead(finance, record("case-record", "sensitive"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isFalse();
    }

    @Test
    void should_let_an_approved_request_open_a_restricted_record_until_it_expires() {
        Reader finance = new Reader("财务丁", Role.FINANCE_OFFICER, "JN01", null);
        ArchiveRecord caseFile = record("case-record", "sensitive");
        AccessRequest asked = new AccessRequest("q1", "财务丁", Role.FINANCE_OFFICER, caseFile.id(), "核对补贴发放",
                FROM, Optional.empty());
        AccessRequest approved = asked.approved("站长", FROM, UNTIL);
        assertThat(policy.canRead(finance, caseFile, "JN01", false, AccessContext.at(DURING).withRequests(List.of(asked))).allowed())
                .as("not yet approved").isFalse();
        assertThat(policy.canRead(finance, caseFile, "JN01", false, AccessContext.at(DURING).withRequests(List.of(approved))).reason().in(Language.EN))
                .isEqualTo("under an approved access request (approved by 站长)");
        assertThat(policy.canRead(finance, caseFile, "JN01", false, AccessContext.at(UNTIL).withRequests(List.of(approved))).allowed())
                .as("expired").isFalse();
    }

    @Test
    void should_not_let_an_approval_show_an_evaluator_a_sensitive_record() {
        ArchiveRecord caseFile = record("case-record", "sensitive");
        AccessRequest approved = new AccessRequest("q2", "评估员甲", Role.EVALUATOR, caseFile.id(), "抽查", FROM, Optional.empty())
                .approved("站长", FROM, UNTIL);
        assertThat(policy.canRead(evaluator, caseFile, "JN01", true,
                AccessContext.at(DURING).withWindows(List.of(WINDOW)).withRequests(List.of(approved))).allowed()).isFalse();
    }

    @Test
    void should_keep_staff_of_one_station_out_of_another() {
        Reader head = new Reader("站长", Role.STATION_HEAD, "JN01", null);
        assertThat(policy.canRead(head, record("policy", "public"), "JN02", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isFalse();
        assertThat(policy.canRead(head, record("policy", "public"), "JN01", false, AccessContext.at(DURING).withWindows(List.of())).allowed()).isTrue();
    }

    /**
     * The one rule, for every role and every confidentiality: reading a record of the documents
     * category during an open window (evaluators) or as the plan allows (staff), with an approved
     * request for it on top — only an evaluator facing a sensitive record is refused whatever is
     * approved, and only then does the policy say a request may not even be made.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void should_decide_for_each_role_and_confidentiality_when_asked_to_read_or_request(Role role) {
        Reader reader = new Reader("读者", role, "JN01", role == Role.EVALUATOR ? "assessors" : null);
        for (Confidentiality c : Confidentiality.values()) {
            ArchiveRecord r = record("monthly-summary", c.id());
            AccessRequest approved = new AccessRequest("q", "读者", role, r.id(), "核对", FROM, Optional.empty()).approved("站长", FROM, UNTIL);
            AccessContext during = AccessContext.at(DURING).withWindows(List.of(WINDOW)).withRequests(List.of(approved));
            boolean never = role == Role.EVALUATOR && c == Confidentiality.SENSITIVE;
            assertThat(AccessPolicy.neverReads(role, c)).as("%s × %s", role, c).isEqualTo(never);
            assertThat(AccessPolicy.mayRequest(role, c).allowed()).as("%s may ask for %s", role, c).isEqualTo(!never);
            assertThat(policy.canRead(reader, r, "JN01", true, during).allowed()).as("%s reads %s", role, c).isEqualTo(!never);
            if (never) {
                assertThat(AccessPolicy.mayRequest(role, c).reason().in(Language.ZH)).isEqualTo("含敏感个人信息，不向评估方提供");
            }
        }
    }

    @Test
    void should_count_an_unknown_confidentiality_as_sensitive_and_an_unmarked_record_as_not() {
        assertThat(AccessPolicy.confidentiality("top-secret")).isEqualTo(Confidentiality.SENSITIVE);
        assertThat(AccessPolicy.confidentiality(" confidential ")).isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(AccessPolicy.confidentiality(null)).isNull();
        assertThat(AccessPolicy.neverReads(Role.EVALUATOR, AccessPolicy.confidentiality("top-secret"))).isTrue();
        assertThat(AccessPolicy.neverReads(Role.EVALUATOR, null)).isFalse();
    }

    private static ArchiveRecord caseRecord(String caseId, String confidentiality) {
        return READER.read("c", "c.docx", Map.of("swa:docType", "case-record", "swa:caseId", caseId,
                "swa:confidentiality", confidentiality)).record();
    }

    private static Person person(AccountRole role, String station, String group, java.util.Set<String> cases) {
        return new Person("某人", role, station, group, "", cases);
    }

    @Test
    void should_let_a_social_worker_read_sensitive_records_of_their_own_cases_only() {
        Person worker = person(AccountRole.SOCIAL_WORKER, "JN01", "", java.util.Set.of("C001"));
        AccessContext now = AccessContext.at(DURING);
        assertThat(policy.mayOpen(worker, caseRecord("C001", "sensitive"), "JN01", false, now).allowed()).isTrue();
        assertThat(policy.mayOpen(worker, caseRecord("C002", "sensitive"), "JN01", false, now).reason().in(Language.ZH))
                .isEqualTo("敏感个人信息，仅限本人负责的个案");
        assertThat(policy.mayOpen(worker, caseRecord("C002", "confidential"), "JN01", false, now).allowed()).isTrue();
        assertThat(policy.mayOpen(worker, record("voucher", "internal"), "JN01", false, now).allowed()).isFalse();
        assertThat(policy.mayOpen(worker, record("staff-profile", "internal"), "JN01", false, now).allowed()).isFalse();
        assertThat(policy.mayOpen(worker, caseRecord("C001", "sensitive"), "JN02", false, now).allowed()).as("another station").isFalse();
    }

    @Test
    void should_let_finance_read_finance_and_assets_and_the_district_admin_every_station() {
        Person finance = person(AccountRole.FINANCE, "JN01", "", java.util.Set.of());
        AccessContext now = AccessContext.at(DURING);
        assertThat(policy.mayOpen(finance, record("voucher", "internal"), "JN01", false, now).allowed()).isTrue();
        assertThat(policy.mayOpen(finance, record("asset-card", "internal"), "JN01", false, now).allowed()).isTrue();
        assertThat(policy.mayOpen(finance, record("monthly-summary", "internal"), "JN01", false, now).allowed()).isFalse();
        assertThat(policy.mayOpen(finance, record("voucher", "sensitive"), "JN01", false, now).allowed()).isFalse();
        Person district = person(AccountRole.DISTRICT_ADMIN, "", "", java.util.Set.of());
        assertThat(policy.mayOpen(district, caseRecord("C001", "sensitive"), "JN07", false, now).allowed()).isTrue();
        assertThat(AccessPolicy.maySee(district, "JN07", List.of(), DURING).allowed()).isTrue();
        assertThat(person(AccountRole.DISTRICT_ADMIN, "", "", java.util.Set.of()).readOnly()).isTrue();
    }

    @Test
    void should_let_an_evaluator_see_a_station_only_through_an_open_window_of_their_own_group() {
        Person assessor = person(AccountRole.EVALUATOR, "", "assessors", java.util.Set.of());
        AccessContext during = AccessContext.at(DURING).withWindows(List.of(WINDOW));
        assertThat(AccessPolicy.maySee(assessor, "JN01", List.of(WINDOW), DURING).allowed()).isTrue();
        assertThat(AccessPolicy.maySee(assessor, "JN01", List.of(WINDOW), UNTIL).allowed()).isFalse();
        assertThat(AccessPolicy.maySee(person(AccountRole.EVALUATOR, "", "other", java.util.Set.of()), "JN01", List.of(WINDOW), DURING)
                .allowed()).isFalse();
        assertThat(policy.mayOpen(assessor, record("monthly-summary", "internal"), "JN01", true, during).allowed()).isTrue();
        assertThat(policy.mayOpen(assessor, record("bank-statement", "internal"), "JN01", false, during).allowed()).as("not evidence").isFalse();
        assertThat(policy.mayOpen(assessor, record("monthly-summary", "sensitive"), "JN01", true, during).allowed()).isFalse();
        assertThat(AccessPolicy.maySee(person(AccountRole.STATION_HEAD, "JN01", "", java.util.Set.of()), "JN02", List.of(), DURING)
                .allowed()).isFalse();
    }
}
