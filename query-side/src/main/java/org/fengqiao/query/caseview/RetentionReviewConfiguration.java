package org.fengqiao.query.caseview;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.fengqiao.personaldata.RetentionSchedule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The retention review (issue 18): the job that lists the closed cases whose retention period has ended. */
@Configuration(proxyBeanMethods = false)
class RetentionReviewConfiguration {

    /**
     * The periods of {@code fengqiao.personal-data.retention}, the setting the command side's erasure rule reads;
     * kept inside the review rather than as a second {@code RetentionSchedule} bean beside the command side's in the
     * one-process launcher.
     */
    @Bean
    RetentionReview retentionReview(CaseViewStore caseViewStore, Environment environment,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone, ObjectProvider<Clock> clock) {
        Map<String, Period> periods = Binder.get(environment)
                .bind("fengqiao.personal-data.retention", Bindable.mapOf(String.class, Period.class))
                .orElse(Map.of());
        return new RetentionReview(caseViewStore, new RetentionSchedule(periods, ZoneId.of(zone)),
                clock.getIfAvailable(Clock::systemUTC));
    }
}
