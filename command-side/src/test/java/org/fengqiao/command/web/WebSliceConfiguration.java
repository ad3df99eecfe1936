package org.fengqiao.command.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web layer alone: command-side has no application class to slice, and no Axon, so the gateway is a mock and the
 * jurisdiction tree is the kernel's sample.
 */
@Configuration(proxyBeanMethods = false)
@Import({PetitionController.class, DisputeController.class, CaseLifecycleController.class,
        JurisdictionController.class, CaseCommands.class, ProblemAdvice.class, IntakeScope.class, TextLimits.class})
class WebSliceConfiguration {

    @Bean
    JurisdictionTree jurisdictionTree() throws IOException {
        try (InputStream data = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt");
                Reader reader = new InputStreamReader(data, StandardCharsets.UTF_8)) {
            return JurisdictionTree.read(reader);
        }
    }
}
