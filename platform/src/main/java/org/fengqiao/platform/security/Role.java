package org.fengqiao.platform.security;

/**
 * What a caller does in the sub-district's case work. A caller may hold several. The rule table
 * ({@link ApiAccessRules}) says which role may call which endpoint.
 */
public enum Role {
    /** Registers petitions and disputes. */
    INTAKE,
    /** Acts on cases assigned to their unit: meetings, agreements, replies, closure. */
    OFFICER,
    /** Accepts, assigns, reassigns, escalates, extends time limits; reads the boards of their node. */
    SUPERVISOR,
    /** Reads everything, history and point-in-time included; issues no command. */
    AUDITOR,
    /** Replays projections and looks after reference data. */
    ADMIN,
    /** Another system (hotline, court, police, property company): registers cases and what its grants allow. */
    SYSTEM;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
