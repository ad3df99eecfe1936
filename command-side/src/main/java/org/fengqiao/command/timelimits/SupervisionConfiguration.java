package org.fengqiao.command.timelimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The supervision settings ({@link SupervisionSettings}), which the cases' handlers take as a resource. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionSettings.class)
public class SupervisionConfiguration {
}
