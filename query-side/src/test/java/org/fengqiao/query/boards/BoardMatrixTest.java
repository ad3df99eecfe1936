package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.query.boards.BoardFixture.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.boards.OpenCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The matrix of several nodes' children read at once equals what each node's own board says of its children. */
class BoardMatrixTest {

    private static final List<NodeCode> COMMUNITIES = List.of(new NodeCode("SH-FL"), new NodeCode("SH-GY"),
            new NodeCode("SH-JH"));

    private final BoardFixture fixture = new BoardFixture();
    private final BoardMatrix matrix = new BoardMatrix(fixture.store, CaseStream.TREE);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void each_node_s_children_are_as_its_own_board_counts_them_and_a_node_without_cases_has_them_at_zero()
            throws Exception {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.addAll(CaseStream.dispute("SH-FL-G01", "NEIGHBOUR", at("07-02")).assigned(Level.COMMUNITY, at("07-02"))
                                .risk(RiskLevel.LOW, RiskLevel.HIGH, at("07-06")).messages());
        events.addAll(CaseStream.dispute("SH-FL-G03", "PROPERTY", at("07-03")).messages());
        events.addAll(CaseStream.dispute("SH-FL-G03", "PROPERTY", at("07-04")).assigned(Level.COMMUNITY, at("07-04"))
                                .closed(Outcome.RESOLVED, Satisfaction.SATISFIED, Level.COMMUNITY, at("07-09"))
                                .messages());
        events.addAll(CaseStream.dispute("SH-GY-G02", "FAMILY", at("07-12")).messages());
        fixture.deliver(events);

        Map<NodeCode, Map<NodeCode, OpenCases>> read = matrix.childrenOf(COMMUNITIES);

        assertThat(read).containsOnlyKeys(COMMUNITIES);
        for (NodeCode community : COMMUNITIES) {
            List<NodeBoard> children = fixture.board(community.value()).breakdown();
            assertThat(read.get(community).keySet()).as(community.value())
                    .containsExactlyElementsOf(children.stream().map(NodeBoard::node).toList());
            for (NodeBoard child : children) {
                assertThat(read.get(community).get(child.node())).as(child.node().value())
                        .isEqualTo(child.figures().open());
            }
        }
        assertThat(read.get(new NodeCode("SH-FL")).get(new NodeCode("SH-FL-G01")).highRisk()).isEqualTo(1);
        assertThat(read.get(new NodeCode("SH-FL")).get(new NodeCode("SH-FL-G03")).total()).isEqualTo(1);
        assertThat(read.get(new NodeCode("SH-GY")).get(new NodeCode("SH-GY-G02")).total()).isEqualTo(1);
        assertThat(read.get(new NodeCode("SH-JH")).values()).isNotEmpty()
                .allSatisfy(open -> assertThat(open.total()).isZero());
    }
}
