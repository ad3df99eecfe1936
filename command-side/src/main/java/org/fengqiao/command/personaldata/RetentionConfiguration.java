package org.fengqiao.command.personaldata;

import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.fengqiao.personaldata.RetentionSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code fengqiao.personal-data.retention}: the retention periods ({@link RetentionSchedule}), ISO-8601 periods by
 * {@code <kind>-<outcome>}, {@code <kind>} or {@code default}, e.g. {@code petition: P10Y}.
 */
@Configuration(proxyBeanMethods = false)
public class RetentionConfiguration {

    @Bean
    RetentionSchedule retentionSchedule(Environment environment,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        Map<String, Period> periods = Binder.get(environment)
                .bind("fengqiao.personal-data.retention", Bindable.mapOf(String.class, Period.class))
                .orElse(Map.of());
        return new RetentionSchedule(periods, ZoneId.of(zone));
    }
}
