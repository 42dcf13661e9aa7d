package org.swarchive.archive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Language;

class RetentionOrderTest {

    @Test
    void should_refuse_when_a_station_shortens_an_accounting_minimum() {
        assertThat(RetentionSchedule.refusal("voucher", new Retention.Fixed(10)))
                .hasValueSatisfying(why -> assertThat(why.in(Language.ZH)).contains("定期30年").contains("会计档案管理办法"));
    }

    @Test
    void should_refuse_when_an_event_retention_is_swapped_for_a_fixed_one() {
        assertThat(RetentionSchedule.refusal("labour-contract", new Retention.Fixed(30))).isPresent();
    }

    @Test
    void should_allow_when_a_station_lengthens_or_keeps_permanently() {
        assertThat(RetentionSchedule.refusal("voucher", new Retention.Fixed(40))).isEmpty();
        assertThat(RetentionSchedule.refusal("labour-contract", new Retention.AfterEvent(3))).isEmpty();
        assertThat(RetentionSchedule.refusal("asset-card", new Retention.Permanent())).isEmpty();
        assertThat(RetentionSchedule.refusal("sign-in-sheet", new Retention.Fixed(1))).isEmpty();
    }

    @Test
    void should_refuse_to_make_a_rule_when_it_is_below_its_minimum() {
        var min = NationalSchedule.minimum("policy");
        assertThatThrownBy(() -> new ScheduleRule("policy", new Retention.Fixed(30), min, RetentionEvent.OTHER, false,
                LocalizedText.of("x", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(min).map(LegalMinimum::retention).isEqualTo(Optional.of(new Retention.Permanent()));
    }
}
