package org.fengqiao.command.jurisdiction;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Reads the jurisdiction tree at start from {@code fengqiao.jurisdiction.location} (any Spring resource; the sample of
 * the article's shape by default). A malformed file stops the start with the line at fault.
 */
@Configuration(proxyBeanMethods = false)
public class JurisdictionConfiguration {

    @Bean
    JurisdictionTree jurisdictionTree(
            @Value("${fengqiao.jurisdiction.location:classpath:jurisdiction/saihan.txt}") Resource location)
            throws IOException {
        try (Reader reader = new InputStreamReader(location.getInputStream(), StandardCharsets.UTF_8)) {
            return JurisdictionTree.read(reader);
        }
    }
}
