package org.fengqiao.command.numbering;

import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;

/** Hands out case numbers: one running sequence per sub-district and year, never reused. */
public interface CaseNumbers {

    CaseNumber next(NodeCode subDistrict, int year);
}
