package org.swarchive.archive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarchive.archive.disposition.TestRecords.CATALOGUE;
import static org.swarchive.archive.disposition.TestRecords.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Retention;

class DispositionCalculatorTest {

    private final DispositionCalculator national = new DispositionCalculator(RetentionSchedule.national(CATALOGUE));

    @Test
    void should_count_from_the_first_of_january_after_the_record_year_when_retention_is_fixed() {
        var log = record("a/log.txt", "swa:docType", "work-log", "swa:documentDate", "2014-06-15");

        Disposition d = national.of(log, StationRegisters.empty());

        assertThat(d).isInstanceOfSatisfying(Disposition.On.class, on -> {
            assertThat(on.from()).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(on.date()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(d.expiredOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(d.expiredOn(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void should_count_from_after_the_fiscal_year_when_a_finance_record_is_dated_in_the_next_january() {
        var statement = record("k/statement.txt", "swa:docType", "bank-statement",
                "swa:period", "2014-12", "swa:documentDate", "2015-01-08");
        var log = record("w/log.txt", "swa:docType", "work-log",
                "swa:period", "2014-12", "swa:documentDate", "2015-01-08");

        assertThat(national.of(statement, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2025, 1, 1));
        assertThat(national.of(log, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void should_take_the_year_of_the_archive_code_when_the_record_has_one() {
        // A case file goes to the year it closes, whatever its intake date says.
        var record = record("f/intake.txt", "swa:docType", "case-intake", "swa:documentDate", "2013-03-01",
                "swa:archiveCode", "JN01-FW·2014-D10-0007");

        assertThat(national.of(record, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void should_be_pending_event_when_an_event_retention_has_no_event_date() {
        var card = record("z/card.txt", "swa:docType", "asset-card", "swa:documentDate", "2012-02-10");

        Disposition d = national.of(card, StationRegisters.empty());

        assertThat(d).isInstanceOfSatisfying(Disposition.PendingEvent.class,
                p -> assertThat(p.event()).isEqualTo(RetentionEvent.ASSET_DISPOSAL));
        assertThat(d.expiredOn(LocalDate.of(2099, 1, 1))).isFalse();
    }

    @Test
    void should_count_from_the_event_date_when_it_is_known() {
        var card = record("z/card.txt", "swa:docType", "asset-card", "swa:documentDate", "2012-02-10",
                "swa:retentionEventDate", "2019-11-30");

        assertThat(national.of(card, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2024, 11, 30));
    }

    @Test
    void should_count_a_labour_contract_from_the_end_of_employment_when_only_the_staff_register_knows_it() {
        var contract = record("r/contract.txt", "swa:docType", "labour-contract", "swa:staffId", "S07",
                "swa:documentDate", "2022-05-01");
        var registers = new StationRegisters(Set.of(), Map.of("S07", LocalDate.of(2025, 6, 30)));

        assertThat(national.of(contract, registers).dispositionDate()).contains(LocalDate.of(2027, 6, 30));
        assertThat(national.of(contract, StationRegisters.empty())).isInstanceOf(Disposition.PendingEvent.class);
    }

    @Test
    void should_never_dispose_when_the_retention_is_permanent() {
        var policy = record("w/policy.txt", "swa:docType", "policy", "swa:documentDate", "1999-01-01");

        assertThat(national.of(policy, StationRegisters.empty())).isInstanceOf(Disposition.Never.class);
    }

    @Test
    void should_keep_the_later_date_when_the_record_itself_says_longer_than_the_schedule() {
        var log = record("w/log.txt", "swa:docType", "work-log", "swa:documentDate", "2014-06-15", "swa:retention", "D30");

        assertThat(national.of(log, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2045, 1, 1));
    }

    @Test
    void should_keep_the_legal_minimum_when_a_station_catalogue_sets_a_shorter_period() {
        var shortVouchers = CATALOGUE.extendedWith(List.of(new DocType("voucher", LocalizedText.of("凭证", "Voucher"),
                Category.FINANCE, new Retention.Fixed(5), Optional.empty())));
        var calculator = new DispositionCalculator(RetentionSchedule.national(shortVouchers));
        var voucher = TestRecords.record("k/v.txt", "swa:docType", "voucher", "swa:period", "2014-03");

        assertThat(calculator.of(voucher, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2045, 1, 1));
    }

    @Test
    void should_follow_a_station_rule_when_it_shortens_a_period_no_law_sets() {
        var rule = new ScheduleRule("sign-in-sheet", new Retention.Fixed(5), Optional.empty(), RetentionEvent.OTHER, false,
                LocalizedText.of("站点", "station"));
        var calculator = new DispositionCalculator(RetentionSchedule.national(CATALOGUE).withStationRules("s", List.of(rule)));
        var sheet = record("f/sheet.txt", "swa:docType", "sign-in-sheet", "swa:documentDate", "2019-04-02");

        assertThat(calculator.of(sheet, StationRegisters.empty()).dispositionDate()).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void should_be_undetermined_when_nothing_tells_the_record_year() {
        var log = record("w/log.txt", "swa:docType", "work-log");

        assertThat(national.of(log, StationRegisters.empty())).isInstanceOf(Disposition.Undetermined.class);
    }
}
