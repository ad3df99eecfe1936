package org.fengqiao.launcher;

/**
 * What {@link OpenApiDocumentIT} does with the Java client it generates from the served OpenAPI document: the
 * implementation ({@code src/test/openapi-client}) is compiled together with the generated client, so it compiles only
 * if the document yields these operations with these parameters and schemas, and it calls the running application.
 */
public interface GeneratedClientCalls {

    /** {@code receiveDispute} as intake: the new case's id. */
    String registerDispute(String gridCode);

    /** {@code findCase} as supervisor: the case's status and version, or null while its view is not written yet. */
    String statusAndVersion(String caseId);

    /** {@code assignCase} as supervisor with {@code If-Match}: the case's new version. */
    long assign(String caseId, long expectedVersion, String unit, String officer);

    /** {@code addNote} as officer without {@code If-Match}: the case's new version. */
    long addNote(String caseId, String text);

    /** {@code caseHistory} as auditor: the number of events in the case's history. */
    long historyEvents(String caseId);

    /** {@code listCases} as supervisor: how many cases the caller sees. */
    long visibleCases();

    /** {@code jurisdictionTree}: the codes of the jurisdiction's nodes. */
    java.util.List<String> nodeCodes();

    /** {@code findCase} of an unknown case: the status and the {@code code} of the problem, read as the client's Problem. */
    String problemOfUnknownCase();

    /** {@code assignCase} with a stale {@code If-Match}: status, code and currentVersion of the problem. */
    String problemOfStaleVersion(String caseId, long staleVersion);
}
