package org.fengqiao.cases.confidentiality;

import org.fengqiao.cases.CaseEvent;

/**
 * Events of a case's confidentiality: marked confidential with its audience, lifted, or asked for at intake by a
 * caller who may not mark it.
 */
public sealed interface ConfidentialityEvent extends CaseEvent
        permits ConfidentialityRequested, CaseMarkedConfidential, ConfidentialityLifted {
}
