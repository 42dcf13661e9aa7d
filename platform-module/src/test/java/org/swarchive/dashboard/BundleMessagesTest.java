package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The pages' words come from the product's bundles, any room's, in the page's language. */
class BundleMessagesTest {

    private final BundleMessages messages = new BundleMessages();

    @Test
    void should_read_any_rooms_bundle_in_the_pages_language_when_a_template_names_a_key() {
        assertThat(messages.getMessage("dashboard.station", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("站点");
        assertThat(messages.getMessage("dashboard.station", null, Locale.ENGLISH)).isEqualTo("Station");
        assertThat(messages.getMessage("archive.category.documents", null, Locale.ENGLISH)).isEqualTo("Documents");
        assertThat(messages.getMessage("alert.days-overdue", new Object[] {12}, Locale.SIMPLIFIED_CHINESE)).isEqualTo("逾期 12 天");
    }

    @Test
    void should_answer_spring_as_spring_expects_when_a_code_is_no_key_of_ours() {
        assertThat(messages.getMessage("typeMismatch", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
        assertThatThrownBy(() -> messages.getMessage("typeMismatch", null, Locale.ENGLISH)).isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"typeMismatch", "dashboard.station"}),
                Locale.ENGLISH)).isEqualTo("Station");
    }
}
