package org.fengqiao.cases.links;

import org.fengqiao.cases.lifecycle.LifecycleCommand;

/**
 * Commands that tie a case to another one about the same matter, which petitions and disputes share: a link between
 * two cases, and the merger of a duplicate into its primary (重复件 / 并案). Each is addressed to the case on the path;
 * the other case records its side through a {@link CounterpartCommand} sent right after.
 */
public sealed interface LinkingCommand extends LifecycleCommand permits LinkCase, MergeCase {
}
