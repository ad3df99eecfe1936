package org.fengqiao.integrity;

import java.time.Instant;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A case's dossier (一案一档) was exported: by {@code actor}, as {@code format} ({@code json} or {@code html}), holding
 * the case's events up to {@code exportedVersion} whose last one hashes to {@code headHash}. Emitted by the case
 * aggregate; changes no state a rule reads, but it is part of the history, so the next export includes it.
 */
public record DossierExported(
        CaseId caseId,
        String format,
        long exportedVersion,
        String headHash,
        Instant occurredAt,
        Actor actor) implements CaseEvent {
}
