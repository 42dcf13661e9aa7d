package org.swarchive.evidence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;

/** Points as typed on the CLI and in the web form: one reading for both. */
class EvaluatorEntryTest {

    @Test
    void should_read_typed_points_and_take_blank_as_none_when_an_evaluator_gives_points() {
        assertThat(EvaluatorEntry.points(" 2.5 ")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(new BigDecimal("2.5")));
        assertThat(EvaluatorEntry.points("")).isEmpty();
        assertThat(EvaluatorEntry.points(null)).isEmpty();
    }

    @Test
    void should_refuse_naming_what_was_typed_when_points_are_not_a_number() {
        assertThatThrownBy(() -> EvaluatorEntry.points("三分")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.in(Language.EN)).contains("三分"));
    }
}
