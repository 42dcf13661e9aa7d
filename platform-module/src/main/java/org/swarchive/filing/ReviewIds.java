package org.swarchive.filing;

/** Review queue ids: the first 8 hex digits of the SHA-256 of the inbox path, so re-runs replace. */
public final class ReviewIds {

    private ReviewIds() {
    }

    public static String of(String inboxId) {
        return ContentHash.ofText(inboxId).substring(0, 8);
    }
}
