package org.fengqiao.cases.dispute;

/** Whether the parties asked for public or non-public mediation (People's Mediation Law, Art. 23). */
public enum MediationVisibility {
    PUBLIC,
    NON_PUBLIC
}
