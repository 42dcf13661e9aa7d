package org.swarchive.filing;

import java.util.List;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** Why a document waits, as one text: its reasons joined in the reader's language ({@code 甲；乙}, {@code a; b}). */
public record Reasons(List<? extends Text> reasons) implements Text {

    public Reasons {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String in(Language language) {
        return String.join(Message.of("filing.reasons.separator").in(language), reasons.stream().map(r -> r.in(language)).toList());
    }
}
