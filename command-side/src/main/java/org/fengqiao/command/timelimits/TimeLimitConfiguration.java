package org.fengqiao.command.timelimits;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The time-limit policy and the holiday calendar it counts working days with, from {@link TimeLimitSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeLimitSettings.class)
public class TimeLimitConfiguration {

    @Bean
    HolidayCalendar holidayCalendar(TimeLimitSettings settings, ResourceLoader resources) {
        try (var in = resources.getResource(settings.calendar()).getInputStream()) {
            return HolidayCalendar.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + settings.calendar(), e);
        }
    }

    @Bean
    TimeLimitPolicy timeLimitPolicy(TimeLimitSettings s, HolidayCalendar calendar,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        return TimeLimitPolicy.of(s, ZoneId.of(zone), calendar);
    }
}
