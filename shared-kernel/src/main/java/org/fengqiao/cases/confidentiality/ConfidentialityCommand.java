package org.fengqiao.cases.confidentiality;

import org.fengqiao.cases.CaseCommand;

/** Commands on a case's confidentiality: mark it confidential for an audience, lift the marking. */
public sealed interface ConfidentialityCommand extends CaseCommand
        permits MarkCaseConfidential, LiftConfidentiality {
}
