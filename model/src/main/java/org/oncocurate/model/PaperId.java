package org.oncocurate.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A paper's identity: the lowercase hex SHA-256 of its PDF bytes, so the same file always has the same id. */
public final class PaperId {
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private PaperId() {
    }

    public static String of(byte[] pdfBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdfBytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SHA_256_HEX.matcher(candidate).matches();
    }

    /** Returns the id unchanged, or throws naming the bad value. */
    public static String requireValid(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("not a paper id (64 lowercase hex characters): " + candidate);
        }
        return candidate;
    }
}
