package org.fengqiao.command.cases.lifecycle;

import org.axonframework.commandhandling.CommandBus;
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
