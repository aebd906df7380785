package org.oncocurate.store;

import java.time.Clock;
import java.time.Duration;
import org.oncocurate.store.account.Accounts;
import org.oncocurate.store.account.SecurityEvents;
import org.oncocurate.store.account.SignInThrottle;
import org.oncocurate.store.account.ApiTokens;
import org.oncocurate.store.account.Sessions;
import org.oncocurate.store.blob.BlobStore;
import org.oncocurate.store.conflict.Conflicts;
import org.oncocurate.store.export.AuditExport;
import org.oncocurate.store.export.RecordExport;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.paper.PaperRepository;
import org.oncocurate.store.paper.Submissions;
import org.oncocurate.store.review.FindingRepository;
import org.oncocurate.store.review.OutcomeRecheck;
import org.oncocurate.store.review.ReviewService;

/** The store's services over one database. */
public record StoreServices(Database database, BlobStore blobs, PaperRepository papers, FindingRepository findings,
                            ReviewService review, Submissions submissions, Outbox outbox, RecordExport export,
                            AuditExport audit, Conflicts conflicts, Accounts accounts, Sessions sessions,
                            ApiTokens tokens, SecurityEvents securityEvents, SignInThrottle signIns) {
    /** OWASP's minimum work factor for BCrypt is 10; 12 costs about a quarter of a second per login here. */
    private static final int BCRYPT_STRENGTH = 12;
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    /** A session unused for this long ends (OWASP ASVS 7.3.1); any request, a page or a decision, restarts it. */
    private static final Duration SESSION_IDLE = Duration.ofMinutes(30);

    /** Services whose edited outcome facts are marked unchecked: for tools that do not review. */
    public static StoreServices over(Database database, long maxPdfBytes, Clock clock) {
        return over(database, maxPdfBytes, clock, OutcomeRecheck.UNAVAILABLE);
    }

    /** Services that run an edited outcome fact through {@code recheck}, the checks extraction ran. */
    public static StoreServices over(Database database, long maxPdfBytes, Clock clock, OutcomeRecheck recheck) {
        FindingRepository findings = new FindingRepository(database.jdbi());
        Conflicts conflicts = new Conflicts(database.jdbi(), findings, clock);
        ReviewService review = new ReviewService(database.jdbi(), clock, recheck, conflicts::involvedRecordIds);
        SecurityEvents securityEvents = new SecurityEvents(database.jdbi(), clock);
        Accounts accounts = new Accounts(database.jdbi(), BCRYPT_STRENGTH, securityEvents);
        return new StoreServices(database, new BlobStore(database.jdbi()), new PaperRepository(database.jdbi()),
                findings, review, new Submissions(database.jdbi(), maxPdfBytes, clock, securityEvents), new Outbox(database.jdbi()),
                new RecordExport(findings, clock), new AuditExport(review), conflicts, accounts,
                new Sessions(database.jdbi(), clock, SESSION_LIFETIME, SESSION_IDLE),
                new ApiTokens(database.jdbi(), clock, securityEvents), securityEvents,
                new SignInThrottle(accounts, securityEvents, clock));
    }
}
