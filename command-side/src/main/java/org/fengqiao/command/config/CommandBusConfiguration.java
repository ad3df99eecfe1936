package org.fengqiao.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.fengqiao.command.cases.lifecycle.RuleViolationInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Registers the command-side's handler interceptors on whichever command bus Axon configured. */
@Configuration(proxyBeanMethods = false)
public class CommandBusConfiguration {

    @Autowired
    void registerInterceptors(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RuleViolationInterceptor());
    }
}
