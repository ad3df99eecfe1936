package org.fengqiao.query.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.query.integrity.AnchorProofView;
import org.fengqiao.query.integrity.ChainVerificationView;

/**
 * A case's dossier: the case as its events make it, every event with its hash and metadata, the verification of its
 * chain, and the first anchor that includes its current head with the proof (null when no anchor has been taken since).
 * {@code restrictedSubjects} and {@code erasedSubjects}: the case's data subjects whose personal data is restricted or
 * erased now.
 */
public record Dossier(
        String caseId,
        Instant exportedAt,
        String exportedBy,
        CaseView view,
        List<Entry> events,
        ChainVerificationView verification,
        AnchorProofView anchor,
        Set<Integer> restrictedSubjects,
        Set<Integer> erasedSubjects) {

    public Dossier {
        restrictedSubjects = restrictedSubjects == null ? Set.of() : Set.copyOf(restrictedSubjects);
        erasedSubjects = erasedSubjects == null ? Set.of() : Set.copyOf(erasedSubjects);
    }

    /** The same dossier with {@code shown} as its events (personal values disclosed or masked). */
    public Dossier withEvents(List<Entry> shown) {
        return new Dossier(caseId, exportedAt, exportedBy, view, shown, verification, anchor, restrictedSubjects,
                erasedSubjects);
    }

    /** One event of the case as stored, read in its current shape. */
    public record Entry(
            long sequence,
            String eventType,
            Instant occurredAt,
            Instant recordedAt,
            @NotPersonalData("a staff account or system client") String actor,
            @NotPersonalData("codes, counts, levels and dates only (HistorySummary)") String summary,
            @PersonalData Map<String, Object> fields,
            Map<String, Object> metadata,
            String hash,
            @NotPersonalData("the places of personal values, not the values") Map<String, PersonalField> personal) {

        public Entry {
            personal = personal == null ? Map.of() : Map.copyOf(personal);
        }

        /** The same entry with {@code shown} as its fields. */
        public Entry withFields(Map<String, Object> shown) {
            return new Entry(sequence, eventType, occurredAt, recordedAt, actor, summary, shown, metadata, hash,
                    personal);
        }

        /** Without the places of personal values. */
        public Entry(long sequence, String eventType, Instant occurredAt, Instant recordedAt, String actor,
                String summary, Map<String, Object> fields, Map<String, Object> metadata, String hash) {
            this(sequence, eventType, occurredAt, recordedAt, actor, summary, fields, metadata, hash, Map.of());
        }

        /** Leaves out {@code fields}, which may hold personal data. */
        @Override
        public String toString() {
            return "Dossier.Entry[sequence=" + sequence + ", eventType=" + eventType + ", hash=" + hash + "]";
        }
    }
}
