package org.swarchive.alert;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.scheduling.support.CronExpression;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * A station's alert settings, kept with its state ({@code .swa/alerts/settings.properties} in a
 * folder store, UTF-8):
 * <pre>
 * recipients=zhanzhang@example.org, dangan@example.org
 * cron=0 0 8 * * MON        # when the digest goes out (Spring cron; default: Mondays 08:00)
 * lang=zh-CN                # or en
 * within-days=14            # "due soon" means within this many days
 * period=2026               # the evaluation period (default: the current year)
 * </pre>
 */
public record AlertSettings(List<String> recipients, CronExpression cron, Language language, int withinDays,
                            Optional<Period> period) {

    static final String FILE = "settings.properties";
    public static final String DEFAULT_CRON = "0 0 8 * * MON";
    public static final int DEFAULT_WITHIN_DAYS = 14;

    public AlertSettings {
        recipients = List.copyOf(recipients);
    }

    public static AlertSettings defaults() {
        return new AlertSettings(List.of(), CronExpression.parse(DEFAULT_CRON), Language.ZH, DEFAULT_WITHIN_DAYS, Optional.empty());
    }

    /** The station's settings; absent keys take the defaults, and a bad value is refused with its key. */
    public static AlertSettings read(StationState state) {
        Optional<String> text = state.read(AlertNotes.AREA, FILE);
        if (text.isEmpty()) {
            return defaults();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new AlertSettings(
                    Arrays.stream(p.getProperty("recipients", "").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
                    CronExpression.parse(p.getProperty("cron", DEFAULT_CRON).strip()),
                    Language.fromTag(p.getProperty("lang", "zh-CN")),
                    Integer.parseInt(p.getProperty("within-days", String.valueOf(DEFAULT_WITHIN_DAYS)).strip()),
                    Optional.ofNullable(p.getProperty("period")).map(String::strip).map(v -> Period.parse(v)
                            .orElseThrow(() -> new IllegalArgumentException("period=" + v))));
        } catch (IllegalArgumentException bad) {
            InvalidInput invalid = new InvalidInput(Message.of("alert.settings.invalid", ".swa/alerts/" + FILE,
                    bad instanceof InvalidInput said ? said.reason() : bad.getMessage()));
            invalid.initCause(bad);
            throw invalid;
        }
    }

    public AlertSettings withRecipients(List<String> to) {
        return new AlertSettings(to, cron, language, withinDays, period);
    }

    public AlertSettings withLanguage(Language lang) {
        return new AlertSettings(recipients, cron, lang, withinDays, period);
    }

    public AlertSettings withWithinDays(int days) {
        return new AlertSettings(recipients, cron, language, days, period);
    }
}
