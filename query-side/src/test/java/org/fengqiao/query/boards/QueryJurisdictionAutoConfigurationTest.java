package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class QueryJurisdictionAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(QueryJurisdictionAutoConfiguration.class));

    @Test
    void reads_the_sample_tree_when_the_query_side_runs_alone() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(JurisdictionTree.class);
            JurisdictionTree tree = context.getBean(JurisdictionTree.class);
            assertThat(tree.root().code()).isEqualTo(new NodeCode("SH"));
            assertThat(tree.children(new NodeCode("SH"))).hasSize(8);
        });
    }

    @Test
    void reads_the_configured_location() {
        runner.withPropertyValues("fengqiao.jurisdiction.location=classpath:jurisdiction/saihan.txt")
              .run(context -> assertThat(context).hasSingleBean(JurisdictionTree.class));
    }

    @Test
    void backs_off_when_the_application_already_has_a_tree() {
        runner.withUserConfiguration(CommandSideLikeConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(JurisdictionTree.class);
            assertThat(context.getBean(JurisdictionTree.class).root().code()).isEqualTo(new NodeCode("XX"));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class CommandSideLikeConfiguration {

        @Bean
        JurisdictionTree jurisdictionTree() throws Exception {
            return JurisdictionTree.read(new StringReader("NODE|XX|SUB_DISTRICT||test\n"));
        }
    }
}
