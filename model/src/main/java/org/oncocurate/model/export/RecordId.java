package org.oncocurate.model.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable id of a record: the same paper and finding key give the same id under every extractor version, so
 * decisions carry over and downstream knowledge bases can update in place.
 */
public final class RecordId {
    private RecordId() {
    }

    public static String of(String paperId, String findingKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((paperId + "\n" + findingKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
