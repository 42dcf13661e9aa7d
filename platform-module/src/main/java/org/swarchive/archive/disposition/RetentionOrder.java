package org.swarchive.archive.disposition;

import java.util.Optional;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Retention;

/** Whether one retention keeps a record at least as long as another. */
public final class RetentionOrder {

    private RetentionOrder() {
    }

    /**
     * Why {@code proposed} would keep records for less time than the legal minimum, or empty when
     * it keeps them at least as long. A fixed period and an event-based one cannot be compared
     * (a contract may end decades after it is filed), so swapping one for the other is refused
     * unless the station keeps the records permanently.
     */
    public static Optional<LocalizedText> shortening(Retention proposed, LegalMinimum minimum) {
        Retention min = minimum.retention();
        if (proposed instanceof Retention.Permanent) {
            return Optional.empty();
        }
        boolean sameKind = proposed.getClass() == min.getClass();
        if (sameKind && years(proposed) >= years(min)) {
            return Optional.empty();
        }
        String law = minimum.basis().zh();
        String lawEn = minimum.basis().en();
        if (min instanceof Retention.Permanent) {
            return Optional.of(LocalizedText.of(
                    proposed.label().zh() + "短于法定保管期限“永久”（" + law + "），站点只能延长，不能缩短",
                    proposed.code() + " is shorter than the legal minimum Y (permanent) of " + lawEn
                            + ": a station may lengthen a period, never shorten it"));
        }
        if (!sameKind) {
            return Optional.of(LocalizedText.of(
                    proposed.label().zh() + "与法定保管期限“" + min.label().zh() + "”（" + law
                            + "）起算方式不同，可能更短；只能保持同一起算方式并延长，或改为永久",
                    proposed.code() + " counts differently from the legal minimum " + min.code() + " of " + lawEn
                            + " and may be shorter: keep the same kind and lengthen it, or use Y"));
        }
        return Optional.of(LocalizedText.of(
                proposed.label().zh() + "短于法定最低保管期限“" + min.label().zh() + "”（" + law + "），站点只能延长，不能缩短",
                proposed.code() + " is shorter than the legal minimum " + min.code() + " of " + lawEn
                        + ": a station may lengthen a period, never shorten it"));
    }

    private static int years(Retention r) {
        if (r instanceof Retention.Fixed f) {
            return f.years();
        }
        if (r instanceof Retention.AfterEvent e) {
            return e.years();
        }
        return Integer.MAX_VALUE;
    }
}
