package org.fengqiao.personaldata;

/** What the commands and events of the data subjects' rights share. */
public final class DataSubjectRights {

    /** Why {@code reason} is not personal data. */
    public static final String LEGAL_GROUND =
            "the legal ground of a data subject's right; stays readable in the history for good, so it names no one";

    private DataSubjectRights() {
    }
}
