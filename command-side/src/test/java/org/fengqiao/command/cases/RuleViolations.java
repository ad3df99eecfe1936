package org.fengqiao.command.cases;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.RuleViolationDetails;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Hamcrest matchers for rejected commands, in the form a rejection crosses the command bus. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /**
     * A {@link CommandExecutionException} whose details name {@code rule}: what every caller of the command bus sees
     * when a command breaks a rule. Use with {@code expectException(violates(rule))} and {@code expectNoEvents()}.
     */
    public static Matcher<Throwable> violates(CaseRule rule) {
        return violates(rule, rule.field());
    }

    /** As {@link #violates(CaseRule)}, naming {@code field} as the request field at fault. */
    public static Matcher<Throwable> violates(CaseRule rule, String field) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                if (!(actual instanceof CommandExecutionException rejection)) {
                    mismatch.appendText("was ").appendValue(actual);
                    return false;
                }
                Optional<Object> details = rejection.getDetails();
                if (details.isEmpty() || !(details.get() instanceof RuleViolationDetails violation)) {
                    mismatch.appendText("had details ").appendValue(details.orElse(null));
                    return false;
                }
                if (!rule.name().equals(violation.code())) {
                    mismatch.appendText("violated ").appendValue(violation.code());
                    return false;
                }
                if (!java.util.Objects.equals(field, violation.field())) {
                    mismatch.appendText("named the field ").appendValue(violation.field());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CommandExecutionException violating ").appendValue(rule.name())
                        .appendText(" on ").appendValue(field);
            }
        };
    }

    /** A rejection whose details say the command becomes possible at {@code instant}. */
    public static Matcher<Throwable> possibleFrom(java.time.Instant instant) {
        return new TypeSafeDiagnosingMatcher<>() {

            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                Object details = actual instanceof CommandExecutionException rejection
                        ? rejection.getDetails().orElse(null) : null;
                String found = details instanceof RuleViolationDetails violation ? violation.possibleFrom() : null;
                if (!instant.toString().equals(found)) {
                    mismatch.appendText("said possible from ").appendValue(found);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection possible from ").appendValue(instant);
            }
        };
    }
}
