package org.fengqiao.cases.rules;

/**
 * A command carried the case version its caller expected (HTTP {@code If-Match}) and the case is at another one; the
 * command was not applied. Crosses the command bus as the details of Axon's {@code CommandExecutionException}, like
 * {@link RuleViolationDetails}, so the caller learns the current version and can read the case again.
 */
public record VersionMismatchDetails(long expectedVersion, long currentVersion) {
}
