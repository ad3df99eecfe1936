package org.fengqiao.command.personaldata;

import java.util.Optional;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.personaldata.SubjectKeyStore;

/**
 * What a case needs of its own personal values while it handles a command: a rule that compares a command's value
 * with one the case recorded (is this person a party?) opens the recorded value here, because the case keeps values
 * as its events store them, sealed, and never holds them in plain text (nor, therefore, do its snapshots). Also
 * destroys a subject's key when the subject is erased. Handlers receive it as a parameter (a Spring bean).
 */
public class PersonalValues {

    private final PersonalDataCipher cipher;
    private final SubjectKeyStore keys;

    public PersonalValues(PersonalDataCipher cipher, SubjectKeyStore keys) {
        this.cipher = cipher;
        this.keys = keys;
    }

    /** The plain text of a recorded value: itself if it is not sealed, {@code null} if its subject was erased. */
    public String open(String value) {
        Optional<SealedValue> sealed = SealedValue.parse(value);
        if (sealed.isEmpty()) {
            return value;
        }
        return cipher.open(sealed.get().subject(), sealed.get().kind().name(), sealed.get().data()).orElse(null);
    }

    /** Destroys the key of a case's data subject for good. */
    public void destroyKey(String subject) {
        keys.destroy(subject);
    }
}
