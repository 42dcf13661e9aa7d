package org.swarchive.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.i18n.Message;

/** A retention period (保管期限): permanent, fixed years, or years after an event. */
public sealed interface Retention permits Retention.Permanent, Retention.Fixed, Retention.AfterEvent {

    Pattern CODE = Pattern.compile("Y|([DE])([1-9][0-9]?[0-9]?)");

    /** The code as written in {@code swa:retention}: {@code Y}, {@code D30}, {@code E5}. */
    String code();

    /** In words: 永久, 定期30年, 事件后5年. */
    Message label();

    /** 永久. */
    record Permanent() implements Retention {
        @Override
        public String code() {
            return "Y";
        }

        @Override
        public Message label() {
            return Message.of("archive.retention.permanent");
        }
    }

    /** 定期 n 年, counted from 1 January of the year after the document's year. */
    record Fixed(int years) implements Retention {
        public Fixed {
            if (years < 1) {
                throw new IllegalArgumentException("retention years must be positive: " + years);
            }
        }

        @Override
        public String code() {
            return "D" + years;
        }

        @Override
        public Message label() {
            return Message.of("archive.retention.fixed", years);
        }
    }

    /** n years after an event such as the end of a contract or the disposal of an asset. */
    record AfterEvent(int years) implements Retention {
        public AfterEvent {
            if (years < 1) {
                throw new IllegalArgumentException("retention years must be positive: " + years);
            }
        }

        @Override
        public String code() {
            return "E" + years;
        }

        @Override
        public Message label() {
            return Message.of("archive.retention.after-event", years);
        }
    }

    static Optional<Retention> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(new Permanent());
        }
        int years = Integer.parseInt(m.group(2));
        return Optional.of(m.group(1).equals("D") ? new Fixed(years) : new AfterEvent(years));
    }
}
