package org.fengqiao.personaldata;

import org.fengqiao.cases.CaseCommand;

/** Commands of the data subjects' rights: restrict a subject's personal data, lift the restriction, erase it. */
public sealed interface DataSubjectCommand extends CaseCommand
        permits RestrictPersonalData, LiftPersonalDataRestriction, ErasePersonalData {
}
