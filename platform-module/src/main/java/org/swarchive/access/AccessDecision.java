package org.swarchive.access;

import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** Whether a read is allowed, and why: every refusal says which rule refused it. */
public record AccessDecision(boolean allowed, Text reason) {

    static AccessDecision allow(String key, Object... args) {
        return new AccessDecision(true, Message.of(key, args));
    }

    static AccessDecision deny(String key, Object... args) {
        return new AccessDecision(false, Message.of(key, args));
    }
}
