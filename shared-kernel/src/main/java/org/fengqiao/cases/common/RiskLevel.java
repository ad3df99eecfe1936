package org.fengqiao.cases.common;

/** Risk of a case; a threat of self-harm or a group petition is {@link #HIGH}. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
