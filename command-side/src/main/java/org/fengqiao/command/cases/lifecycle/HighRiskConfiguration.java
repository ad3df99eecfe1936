package org.fengqiao.command.cases.lifecycle;

import java.time.Duration;
import org.fengqiao.cases.value.UnitCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The high-risk intake policy from {@code fengqiao.high-risk.*}. */
@Configuration(proxyBeanMethods = false)
class HighRiskConfiguration {

    @Bean
    HighRiskPolicy highRiskPolicy(@Value("${fengqiao.high-risk.task-force-unit:SH-TASKFORCE}") String taskForce,
            @Value("${fengqiao.high-risk.leader-within:24h}") Duration leaderWithin) {
        return new HighRiskPolicy(new UnitCode(taskForce), leaderWithin);
    }
}
