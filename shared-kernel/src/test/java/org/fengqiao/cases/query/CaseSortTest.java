package org.fengqiao.cases.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseSortTest {

    @Test
    void reads_a_key_and_a_direction() {
        assertThat(CaseSort.parse("receivedAt,desc")).isEqualTo(new CaseSort(CaseSort.Key.RECEIVED_AT,
                CaseSort.Direction.DESC));
        assertThat(CaseSort.parse("caseNumber,ASC")).isEqualTo(new CaseSort(CaseSort.Key.CASE_NUMBER,
                CaseSort.Direction.ASC));
        assertThat(CaseSort.parse("lastActivityAt")).isEqualTo(new CaseSort(CaseSort.Key.LAST_ACTIVITY_AT,
                CaseSort.Direction.ASC));
    }

    @Test
    void defaults_to_newest_received_first() {
        assertThat(CaseSort.parse(null)).isEqualTo(CaseSort.DEFAULT);
        assertThat(CaseSort.parse(" ")).isEqualTo(CaseSort.DEFAULT);
        assertThat(CaseSort.DEFAULT).hasToString("receivedAt,desc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"subject", "receivedAt,up", "receivedAt,desc,x", "RECEIVED_AT"})
    void refuses_anything_else(String text) {
        assertThatThrownBy(() -> CaseSort.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void list_queries_check_page_and_size() {
        assertThatThrownBy(() -> new ListCases(null, null, null, null, null, null, null, null, null, null, -1, 20, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListCases(null, null, null, null, null, null, null, null, null, null, 0, 201, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ListCases.all().sort()).isEqualTo(CaseSort.DEFAULT);
    }
}
