package org.fengqiao.integrity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * Records in a case's history that its dossier was exported: which format, up to which version, with which head hash.
 * Sent by the query side after it has assembled the dossier; allowed on open and closed cases alike.
 */
public record RecordDossierExport(
        @TargetAggregateIdentifier CaseId caseId,
        String format,
        long exportedVersion,
        String headHash,
        Instant occurredAt,
        Actor actor) implements CaseCommand {

    public RecordDossierExport {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
