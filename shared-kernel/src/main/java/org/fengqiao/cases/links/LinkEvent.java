package org.fengqiao.cases.links;

import org.fengqiao.cases.lifecycle.LifecycleEvent;

/**
 * Events that tie a case to another one about the same matter: each side of a link, the initiating side's
 * confirmation that the other side recorded it, the duplicate merged into its primary and the primary's record of it.
 */
public sealed interface LinkEvent extends LifecycleEvent
        permits CaseLinked, CaseLinkConfirmed, CaseMerged, DuplicateAbsorbed {
}
