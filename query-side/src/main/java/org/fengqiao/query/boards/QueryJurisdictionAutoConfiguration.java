package org.fengqiao.query.boards;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * The jurisdiction tree for a query side that runs without the command side, read from the same setting
 * ({@code fengqiao.jurisdiction.location}, the sample tree by default). An auto-configuration, so that it is considered
 * after the application's own configuration: in one process the command side's tree is the only one.
 */
@AutoConfiguration
public class QueryJurisdictionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(JurisdictionTree.class)
    JurisdictionTree jurisdictionTree(
            @Value("${fengqiao.jurisdiction.location:classpath:jurisdiction/saihan.txt}") Resource location)
            throws IOException {
        try (Reader reader = new InputStreamReader(location.getInputStream(), StandardCharsets.UTF_8)) {
            return JurisdictionTree.read(reader);
        }
    }
}
