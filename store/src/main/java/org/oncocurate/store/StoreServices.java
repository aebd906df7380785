package org.oncocurate.store;

import java.time.Clock;
import org.oncocurate.store.blob.BlobStore;
import org.oncocurate.store.conflict.ConflictRepository;
import org.oncocurate.store.export.JsonLinesExport;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.paper.PaperRepository;
import org.oncocurate.store.paper.Submissions;
import org.oncocurate.store.review.FindingRepository;
import org.oncocurate.store.review.ReviewService;

/** The store's services over one database. */
public record StoreServices(Database database, BlobStore blobs, PaperRepository papers, FindingRepository findings,
                            ReviewService review, Submissions submissions, Outbox outbox, JsonLinesExport export,
                            ConflictRepository conflicts) {

    public static StoreServices over(Database database, long maxPdfBytes, Clock clock) {
        FindingRepository findings = new FindingRepository(database.jdbi());
        return new StoreServices(database, new BlobStore(database.jdbi()), new PaperRepository(database.jdbi()),
                findings, new ReviewService(database.jdbi(), clock),
                new Submissions(database.jdbi(), maxPdfBytes, clock), new Outbox(database.jdbi()),
                new JsonLinesExport(findings), new ConflictRepository(database.jdbi()));
    }
}
