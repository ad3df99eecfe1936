package org.fengqiao.cases.petition;

import java.util.List;
import org.fengqiao.cases.confidentiality.Confidentiality;

/**
 * What a petition asks for (信访工作条例 Art. 14 and the practice of sorting 信访事项 by type): a suggestion or opinion
 * (建议意见), a report or complaint (检举控告) against a person or a body, an appeal or request (申诉求决). A report or
 * complaint is confidential by default to supervisors and auditors (whoever registers it), and its route is the
 * discipline inspection and supervision body (纪检监察机关): a referral that names no other route goes there.
 */
public enum PetitionType {
    SUGGESTION,
    REPORT_OR_COMPLAINT,
    APPEAL_OR_REQUEST;

    /** Where a report or complaint is referred unless its closure names another route. */
    public static final String DISCIPLINE_INSPECTION = "discipline inspection and supervision body (纪检监察机关)";

    /** The marking a petition of this type gets at intake when the intake names none; {@code null}: not confidential. */
    public Confidentiality defaultConfidentiality() {
        return this == REPORT_OR_COMPLAINT
                ? new Confidentiality("a report or complaint (检举控告) is confidential by default",
                        Confidentiality.ALWAYS_ADMITTED, List.of())
                : null;
    }

    /** The route a referral of this type takes when it names none; {@code null}: the referral must name it. */
    public String route() {
        return this == REPORT_OR_COMPLAINT ? DISCIPLINE_INSPECTION : null;
    }
}
