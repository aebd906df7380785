package org.oncocurate.store.blob;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.PaperId;

/** PDF bytes, content-addressed by their SHA-256: storing the same bytes twice keeps one copy. */
public final class BlobStore {
    private final Jdbi jdbi;

    public BlobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the bytes (once) and returns their id. */
    public String put(byte[] pdfBytes) {
        return jdbi.inTransaction(handle -> put(handle, pdfBytes));
    }

    /** Stores the bytes within the caller's transaction. */
    public static String put(Handle handle, byte[] pdfBytes) {
        String id = PaperId.of(pdfBytes);
        handle.createUpdate("""
                        INSERT INTO pdf_blob (sha256, content, byte_size) VALUES (:id, :content, :size)
                        ON CONFLICT (sha256) DO NOTHING""")
                .bind("id", id).bind("content", pdfBytes).bind("size", pdfBytes.length)
                .execute();
        return id;
    }

    public Optional<byte[]> get(String paperId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT content FROM pdf_blob WHERE sha256 = :id")
                .bind("id", paperId).mapTo(byte[].class).findOne());
    }
}
