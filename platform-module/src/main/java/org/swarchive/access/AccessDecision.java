package org.swarchive.access;

import org.swarchive.archive.LocalizedText;

/** Whether a read is allowed, and why: every refusal says which rule refused it. */
public record AccessDecision(boolean allowed, LocalizedText reason) {

    static AccessDecision allow(String zh, String en) {
        return new AccessDecision(true, LocalizedText.of(zh, en));
    }

    static AccessDecision deny(String zh, String en) {
        return new AccessDecision(false, LocalizedText.of(zh, en));
    }
}
