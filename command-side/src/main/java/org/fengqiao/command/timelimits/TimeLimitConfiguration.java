package org.fengqiao.command.timelimits;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The time-limit policy, the holiday calendar it counts with (every file {@link TimeLimitSettings#calendar()} names,
 * one per year) and the health check that says when the calendar does not reach far enough.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeLimitSettings.class)
public class TimeLimitConfiguration {

    @Bean
    HolidayCalendar holidayCalendar(TimeLimitSettings settings, ResourceLoader loader) {
        return readCalendar(settings.calendar(), loader);
    }

    /** The calendar of every file {@code locations} (comma-separated locations or patterns) names. */
    public static HolidayCalendar readCalendar(String locations, ResourceLoader loader) {
        List<HolidayCalendar.Year> years = new ArrayList<>();
        for (String location : locations.split(",")) {
            try {
                for (Resource file : ResourcePatternUtils.getResourcePatternResolver(loader)
                        .getResources(location.strip())) {
                    try (var in = file.getInputStream()) {
                        years.add(HolidayCalendar.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(file.getDescription() + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the holiday calendar " + location, e);
            }
        }
        return new HolidayCalendar(years);
    }

    @Bean
    TimeLimitPolicy timeLimitPolicy(TimeLimitSettings s, HolidayCalendar calendar,
            @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        return TimeLimitPolicy.of(s, ZoneId.of(zone), calendar);
    }

    @Bean
    HolidayCalendarHealthIndicator holidayCalendarHealthIndicator(TimeLimitPolicy policy, Clock clock) {
        return new HolidayCalendarHealthIndicator(policy, clock);
    }
}
