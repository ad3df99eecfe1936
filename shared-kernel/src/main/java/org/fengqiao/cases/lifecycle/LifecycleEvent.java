package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseEvent;

/**
 * Events that petitions and disputes share: those of this package and the families of the concerns beside it
 * ({@code timelimits}, {@code risk}, {@code dispatch}, {@code supervision}, {@code aftercare}, {@code links}). Not
 * sealed: on the class path a sealed type may permit only types of its own package (README, Decisions).
 */
public interface LifecycleEvent extends CaseEvent {
}
