package org.fengqiao.platform.personaldata;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The keys of data subjects, kept apart from the event store: one AES-256 key per subject, created when the subject's
 * first value is sealed and destroyed when the subject is erased. Destroying is final: a destroyed subject never gets
 * a key again, so whatever was sealed with it stays unreadable, in every copy and every replay. This is the seam for
 * production: a bean of this type replaces the default store (for instance one backed by a key management service or
 * an HSM that keeps or wraps the keys).
 */
public interface SubjectKeyStore {

    /** The subject's key, created on first use. Throws {@link SubjectErasedException} once the key was destroyed. */
    SecretKey keyFor(String subject);

    /** The subject's key, if it exists and was not destroyed. */
    Optional<SecretKey> find(String subject);

    /** Destroys the subject's key for good; destroying it again, or a key never created, is not an error. */
    void destroy(String subject);

    /** A subject's key was destroyed: nothing more may be sealed for it. */
    final class SubjectErasedException extends IllegalStateException {

        public SubjectErasedException(String subject) {
            super("the personal data of data subject " + subject + " was erased");
        }
    }
}
