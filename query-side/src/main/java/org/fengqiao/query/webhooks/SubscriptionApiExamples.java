package org.fengqiao.query.webhooks;

import java.util.Map;
import org.fengqiao.platform.openapi.RequestExamples;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Example bodies of the subscription commands in the OpenAPI document (the receiver's address is made up). */
@Configuration(proxyBeanMethods = false)
class SubscriptionApiExamples {

    private static final String ONE = "/api/subscriptions/{subscriptionId}";

    @Bean
    RequestExamples subscriptionRequestExamples() {
        return new RequestExamples(Map.of(
                "/api/subscriptions", """
                        {"client":"hotline","url":"https://hotline.example/fengqiao/events",
                         "eventTypes":["case.closed","case.reply-served"],"node":"SH-FL"}""",
                ONE, """
                        {"client":"hotline","url":"https://hotline.example/fengqiao/events",
                         "eventTypes":["case.closed"],"node":"SH-FL","active":false}""",
                ONE + "/secrets", "{\"keepPrevious\":true}",
                ONE + "/replay", "{\"from\":\"2026-07-01T00:00:00Z\"}"));
    }
}
