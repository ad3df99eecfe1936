package org.fengqiao.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.junit.jupiter.api.Test;

class JurisdictionTreeTest {

    static JurisdictionTree sample() throws IOException {
        try (var in = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void sample_has_the_articles_shape() throws IOException {
        JurisdictionTree tree = sample();
        assertThat(tree.root().code()).isEqualTo(new NodeCode("SH"));
        assertThat(tree.children(tree.root().code())).hasSize(8);
        assertThat(tree.nodes()).filteredOn(n -> n.level() == NodeLevel.VILLAGE).hasSize(2);
        assertThat(tree.nodes()).filteredOn(n -> n.level() == NodeLevel.COMMUNITY).hasSize(6);
        assertThat(tree.nodes()).filteredOn(n -> n.level() == NodeLevel.GRID).hasSize(79);
        assertThat(tree.unit(new UnitCode("SH-TASKFORCE"))).hasValueSatisfying(u -> assertThat(u.level()).isEqualTo(Level.SUB_DISTRICT));
        assertThat(tree.unit(new UnitCode("SH-JUDGE"))).isPresent();
        assertThat(tree.unit(new UnitCode("SH-ENFORCE"))).isPresent();
        assertThat(tree.unit(new UnitCode("SH-RECEPTION"))).isPresent();
    }

    @Test
    void marks_the_property_management_company_of_the_sample_data() throws IOException {
        JurisdictionTree tree = sample();
        assertThat(tree.unit(new UnitCode("SH-FL-PROPERTY"))).hasValueSatisfying(
                u -> assertThat(u.propertyCompany()).isTrue());
        assertThat(tree.unit(new UnitCode("SH-FL-MEDIATION"))).hasValueSatisfying(
                u -> assertThat(u.propertyCompany()).isFalse());
    }

    @Test
    void path_of_a_grid_names_its_community_and_sub_district() throws IOException {
        assertThat(sample().pathOfGrid(new NodeCode("SH-FL-G03")))
                .contains(new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-FL"), new NodeCode("SH-FL-G03")));
    }

    @Test
    void path_of_an_unknown_code_or_a_non_grid_is_empty() throws IOException {
        assertThat(sample().pathOfGrid(new NodeCode("SH-FL-G99"))).isEmpty();
        assertThat(sample().pathOfGrid(new NodeCode("SH-FL"))).isEmpty();
    }

    @Test
    void view_nests_the_tree() throws IOException {
        JurisdictionView view = sample().view();
        assertThat(view.nodes()).singleElement().satisfies(root -> {
            assertThat(root.level()).isEqualTo(NodeLevel.SUB_DISTRICT);
            assertThat(root.children()).hasSize(8);
            assertThat(root.children().stream().mapToInt(c -> c.children().size()).sum()).isEqualTo(79);
        });
    }

    @Test
    void rejects_a_child_before_its_parent_with_the_line_number() {
        String data = "NODE|SH|SUB_DISTRICT||root\nNODE|SH-X-G01|GRID|SH-X|orphan\n";
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader(data)))
                .hasMessageContaining("line 2").hasMessageContaining("SH-X");
    }

    @Test
    void rejects_a_file_without_a_single_sub_district_root() {
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader("NODE|SH-GY|COMMUNITY||c\n")))
                .hasMessageContaining("root");
    }

    @Test
    void sample_names_the_district_above_and_its_bodies_as_district_units() throws IOException {
        JurisdictionTree tree = sample();
        assertThat(tree.district()).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo(new NodeCode("SHQ"));
            assertThat(d.level()).isEqualTo(NodeLevel.DISTRICT);
        });
        assertThat(tree.root().parent()).isEqualTo(new NodeCode("SHQ"));
        assertThat(tree.units()).filteredOn(u -> u.node().equals(new NodeCode("SHQ")))
                .extracting(u -> u.code().value())
                .containsExactly("SHQ-PETITION", "SHQ-ENFORCE", "SHQ-POLICE-SH", "SHQ-COURT", "SHQ-JUSTICE-SH", "SHQ-HOUSING")
                .allSatisfy(code -> assertThat(tree.unit(new UnitCode(code)).orElseThrow().level()).isEqualTo(Level.DISTRICT));
        assertThat(tree.view().district().code()).isEqualTo("SHQ");
        assertThat(tree.view().units()).anySatisfy(u -> assertThat(u.level()).isEqualTo("DISTRICT"));
    }

    @Test
    void a_file_without_a_district_still_reads() throws IOException {
        JurisdictionTree tree = JurisdictionTree.read(new StringReader("NODE|SH|SUB_DISTRICT||root\n"));
        assertThat(tree.root().code()).isEqualTo(new NodeCode("SH"));
        assertThat(tree.district()).isEmpty();
        assertThat(tree.view().district()).isNull();
    }

    @Test
    void rejects_a_district_below_the_sub_district_or_a_second_root() {
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader(
                "NODE|SH|SUB_DISTRICT||root\nNODE|SHQ|DISTRICT|SH|below\n"))).hasMessageContaining("DISTRICT");
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader(
                "NODE|SHQ|DISTRICT||d\nNODE|SH|SUB_DISTRICT||root\n"))).hasMessageContaining("root");
    }

    @Test
    void rejects_a_district_level_unit_below_the_district_and_a_lower_level_unit_at_it() {
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader(
                "NODE|SHQ|DISTRICT||d\nNODE|SH|SUB_DISTRICT|SHQ|root\nUNIT|SH-X|DISTRICT|SH|x\n")))
                .hasMessageContaining("line 3").hasMessageContaining("DISTRICT");
        assertThatThrownBy(() -> JurisdictionTree.read(new StringReader(
                "NODE|SHQ|DISTRICT||d\nNODE|SH|SUB_DISTRICT|SHQ|root\nUNIT|SHQ-X|SUB_DISTRICT|SHQ|x\n")))
                .hasMessageContaining("line 3");
    }
}
