package org.fengqiao.command.cases.lifecycle;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;

/**
 * Turns a {@link CaseRuleViolation}, an unknown case id and a case of the other kind into a {@link CommandExecutionException} whose details
 * carry the rule: the one form that survives every command bus (in-process and Axon Server alike). The unit of work
 * still rolls back, so a rejected command appends no event.
 */
public class RuleViolationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (CaseRuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null, violation.details());
        } catch (AggregateNotFoundException | NoHandlerForCommandException notFound) {
            // NoHandlerForCommandException here means the id belongs to the other kind of case: a petition-only
            // command sent to a dispute's id finds no petition
            CaseRuleViolation violation = new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
            throw new CommandExecutionException(violation.getMessage(), null, violation.details());
        }
    }
}
