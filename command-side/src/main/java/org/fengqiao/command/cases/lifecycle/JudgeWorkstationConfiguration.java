package org.fengqiao.command.cases.lifecycle;

import org.fengqiao.cases.value.UnitCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The judge workstation from {@code fengqiao.judicial.judge-workstation-unit}. */
@Configuration(proxyBeanMethods = false)
class JudgeWorkstationConfiguration {

    @Bean
    JudgeWorkstation judgeWorkstation(@Value("${fengqiao.judicial.judge-workstation-unit:SH-JUDGE}") String unit) {
        return new JudgeWorkstation(new UnitCode(unit));
    }
}
