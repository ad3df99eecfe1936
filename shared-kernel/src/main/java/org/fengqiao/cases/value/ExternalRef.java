package org.fengqiao.cases.value;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Another system's reference for a case it registered: the system (e.g. {@code hotline-12345}) and its own id for the
 * matter. A case registered twice with the same reference is the same case: its id is derived from the reference and
 * the kind ({@link #caseId(CaseKind)}), so the second intake finds the first case instead of making a copy. An
 * identifier of a ticket, never a resident's personal data.
 */
public record ExternalRef(String system, String id) {

    private static final String SYSTEM_PATTERN = "[A-Za-z0-9._-]{1,32}";
    private static final String ID_PATTERN = "[A-Za-z0-9._:/-]{1,64}";

    public ExternalRef {
        system = Values.require(system, SYSTEM_PATTERN, "externalRef.system");
        id = Values.require(id, ID_PATTERN, "externalRef.id");
    }

    /** The id of the case of this kind registered under this reference: the same for every retry. */
    public CaseId caseId(CaseKind kind) {
        byte[] name = (kind.name() + "|" + system + "|" + id).getBytes(StandardCharsets.UTF_8);
        return new CaseId(UUID.nameUUIDFromBytes(name).toString());
    }
}
