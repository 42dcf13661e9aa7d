package org.swarchive.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Review queue ids: the first 8 hex digits of the SHA-256 of the inbox path, so re-runs replace. */
public final class ReviewIds {

    private ReviewIds() {
    }

    public static String of(String inboxId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(inboxId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
