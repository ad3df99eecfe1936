package org.fengqiao.personaldata;

import org.fengqiao.cases.CaseEvent;

/** Events of the data subjects' rights (PIPL) over a case's personal data: a restriction, its lifting, an erasure. */
public sealed interface DataSubjectEvent extends CaseEvent
        permits PersonalDataRestricted, PersonalDataRestrictionLifted, PersonalDataErased {
}
