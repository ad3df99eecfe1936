package org.fengqiao.cases.dispute;


/** The role of a party to a dispute. */
public enum PartyRole {
    APPLICANT,
    RESPONDENT,
    THIRD_PARTY
}
