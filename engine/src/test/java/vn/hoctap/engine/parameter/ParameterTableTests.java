package vn.hoctap.engine.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTableTests {

    private static final String YAML = """
            CCL25.C5.T1.minLearningCitizenRate.L1:
              label: Tỷ lệ tối thiểu công dân đạt danh hiệu "Công dân học tập" — mức độ 1
              unit: PERCENT
              values:
                - from: 2024-02-12
                  value: 60
                  source: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a
                - from: 2027-01-01
                  value: 62.5
                  source: Thông tư giả định sửa đổi
              provinces:
                "27":
                  - from: 2025-01-01
                    value: 65
                    source: Quyết định của UBND tỉnh Bắc Ninh (giả định)
            FAM448.passMark:
              label: Tổng điểm tối thiểu
              unit: POINTS
              unconfirmed: true
              values:
                - from: 2016-01-01
                  value: null
            """;

    private final ParameterTable table = new ParameterTable(ParameterReader.read("test.yaml", YAML));

    @Test
    void theValueInForceFollowsTheReferenceDateToTheDay() {
        assertThat(table.resolve(LocalDate.of(2024, 2, 11), null)).doesNotContainKey("CCL25.C5.T1.minLearningCitizenRate.L1");
        assertThat(value(LocalDate.of(2024, 2, 12), null)).isEqualByComparingTo("60");
        assertThat(value(LocalDate.of(2026, 12, 31), null)).isEqualByComparingTo("60");
        assertThat(value(LocalDate.of(2027, 1, 1), null)).isEqualByComparingTo("62.5");
    }

    @Test
    void aProvinceValueAppliesFromItsOwnDateAndOnlyToThatProvince() {
        assertThat(value(LocalDate.of(2024, 12, 31), "27")).isEqualByComparingTo("60");
        assertThat(value(LocalDate.of(2025, 1, 1), "27")).isEqualByComparingTo("65");
        assertThat(value(LocalDate.of(2025, 1, 1), "01")).isEqualByComparingTo("60");
        assertThat(table.resolve(LocalDate.of(2025, 1, 1), "27").get("CCL25.C5.T1.minLearningCitizenRate.L1").scope())
                .isEqualTo("27");
    }

    @Test
    void aRecordedGapHasNoValueInForce() {
        assertThat(table.resolve(LocalDate.of(2025, 1, 1), null)).doesNotContainKey("FAM448.passMark");
        assertThat(table.definition("FAM448.passMark").orElseThrow().unconfirmed()).isTrue();
    }

    @Test
    void keepsDecimalsExactAndDisplaysThemTheVietnameseWay() {
        ResolvedParameter rate = table.resolve(LocalDate.of(2027, 1, 1), null).get("CCL25.C5.T1.minLearningCitizenRate.L1");

        assertThat(rate.value()).isEqualTo(new BigDecimal("62.5"));
        assertThat(rate.display()).isEqualTo("62,5 %");
        assertThat(rate.source()).isEqualTo("Thông tư giả định sửa đổi");
    }

    @Test
    void readsListsOfCodes() {
        List<ParameterDefinition> definitions = ParameterReader.read("codes.yaml", """
                X.codes:
                  label: Mã
                  unit: CODES
                  values:
                    - from: 2020-01-01
                      value: [GOOD, FAIR]
                      source: nguồn
                """);

        assertThat(definitions.get(0).valueOn(LocalDate.of(2021, 1, 1), null).orElseThrow().value())
                .isEqualTo(List.of("GOOD", "FAIR"));
    }

    private BigDecimal value(LocalDate date, String province) {
        return (BigDecimal) table.resolve(date, province).get("CCL25.C5.T1.minLearningCitizenRate.L1").value();
    }
}
