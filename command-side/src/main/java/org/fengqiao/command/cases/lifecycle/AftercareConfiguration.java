package org.fengqiao.command.cases.lifecycle;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The follow-up settings, which the case reads when it closes ({@link Aftercare}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpSettings.class)
public class AftercareConfiguration {
}
