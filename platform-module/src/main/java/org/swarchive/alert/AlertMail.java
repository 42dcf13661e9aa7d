package org.swarchive.alert;

import java.util.List;

/** One email: recipients, subject, and the same content as plain text and as HTML. */
public record AlertMail(List<String> to, String subject, String text, String html) {

    public AlertMail {
        to = List.copyOf(to);
    }
}
