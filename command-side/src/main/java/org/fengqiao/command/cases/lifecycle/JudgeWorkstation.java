package org.fengqiao.command.cases.lifecycle;

import java.util.Objects;
import org.fengqiao.cases.value.UnitCode;

/**
 * The sub-district's judge workstation (法官工作站, {@code fengqiao.judicial.judge-workstation-unit}, default
 * {@code SH-JUDGE}): besides the officers of the case's own unit, its officers record a dispute's judicial
 * confirmation.
 */
public record JudgeWorkstation(UnitCode unit) {

    public JudgeWorkstation {
        Objects.requireNonNull(unit, "unit");
    }

    /** The sample sub-district's judge workstation. */
    public static JudgeWorkstation defaults() {
        return new JudgeWorkstation(new UnitCode("SH-JUDGE"));
    }
}
