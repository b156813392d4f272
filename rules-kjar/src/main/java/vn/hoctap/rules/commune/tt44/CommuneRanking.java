package vn.hoctap.rules.commune.tt44;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import vn.hoctap.rules.common.Field;
import vn.hoctap.rules.common.InputRefusedException;

/**
 * Hồ sơ đánh giá, xếp loại "Cộng đồng học tập" cấp xã theo Thông tư 44/2014/TT-BGDĐT — the points the evaluation team
 * awarded on each of the 15 criteria of Điều 3, in the circular's order. Điều 4: "Tổng số điểm tối đa cho tất cả các
 * tiêu chí là 100", so a record whose total exceeds 100 is refused as bad input. The maximum of each criterion is set
 * only in the circular's Phụ lục (not read), so single criteria are not bounded above.
 */
public record CommuneRanking(
        @Field(label = "Tiêu chí 1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã", unit = "điểm", min = 0,
                description = POINTS)
        BigDecimal leadershipPoints,
        @Field(label = "Tiêu chí 2. Hoạt động của ban chỉ đạo xây dựng xã hội học tập cấp xã", unit = "điểm", min = 0,
                description = POINTS)
        BigDecimal steeringCommitteePoints,
        @Field(label = "Tiêu chí 3. Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã",
                unit = "điểm", min = 0, description = POINTS)
        BigDecimal coordinationPoints,
        @Field(label = "Tiêu chí 4. Mạng lưới và hoạt động của các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn cấp xã",
                unit = "điểm", min = 0, description = POINTS)
        BigDecimal institutionsPoints,
        @Field(label = "Tiêu chí 5. Kết quả phổ cập giáo dục – xóa mù chữ", unit = "điểm", min = 0, description = POINTS)
        BigDecimal universalEducationPoints,
        @Field(label = "Tiêu chí 6. Công bằng xã hội trong giáo dục", unit = "điểm", min = 0, description = POINTS)
        BigDecimal educationEquityPoints,
        @Field(label = "Tiêu chí 7. Kết quả học tập, bồi dưỡng thường xuyên của cán bộ, công chức cấp xã", unit = "điểm",
                min = 0, description = POINTS)
        BigDecimal officialsLearningPoints,
        @Field(label = "Tiêu chí 8. Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)", unit = "điểm",
                min = 0, description = POINTS)
        BigDecimal workersLearningPoints,
        @Field(label = "Tiêu chí 9. Kết quả xây dựng \"Gia đình hiếu học\"; \"Cộng đồng khuyến học/Cộng đồng học tập thôn,"
                + " ấp, bản, tổ dân phố và tương đương\"", unit = "điểm", min = 0, description = POINTS)
        BigDecimal studiousFamiliesPoints,
        @Field(label = "Tiêu chí 10. Kết quả xây dựng thôn, ấp, bản, tổ dân phố và tương đương được công nhận danh hiệu"
                + " \"Khu dân cư văn hoá\"", unit = "điểm", min = 0, description = POINTS)
        BigDecimal culturalResidentialAreasPoints,
        @Field(label = "Tiêu chí 11. Giảm tỷ lệ hộ nghèo", unit = "điểm", min = 0, description = POINTS)
        BigDecimal povertyReductionPoints,
        @Field(label = "Tiêu chí 12. Thực hiện bình đẳng giới", unit = "điểm", min = 0, description = POINTS)
        BigDecimal genderEqualityPoints,
        @Field(label = "Tiêu chí 13. Đảm bảo vệ sinh, môi trường", unit = "điểm", min = 0, description = POINTS)
        BigDecimal hygieneEnvironmentPoints,
        @Field(label = "Tiêu chí 14. Chăm sóc sức khỏe cộng đồng", unit = "điểm", min = 0, description = POINTS)
        BigDecimal communityHealthPoints,
        @Field(label = "Tiêu chí 15. Đảm bảo an ninh trật tự, an toàn xã hội", unit = "điểm", min = 0,
                description = POINTS)
        BigDecimal securityOrderPoints) {

    /** Tổng số điểm tối đa cho tất cả các tiêu chí (Thông tư 44/2014/TT-BGDĐT, Điều 4). */
    public static final BigDecimal MAX_TOTAL_POINTS = new BigDecimal(100);

    static final String POINTS = "Điểm do tổ đánh giá chấm theo hướng dẫn của Thông tư 44/2014/TT-BGDĐT; điểm tối đa của"
            + " từng tiêu chí (Phụ lục) chưa được xác nhận. Tổng điểm 15 tiêu chí không vượt quá 100; tiêu chí bị điểm 0"
            + " thì xếp loại chưa đạt; tiêu chí không có minh chứng phù hợp không được chấm điểm (Điều 4). Đơn vị: điểm;"
            + " ví dụ 6.";

    /** Refuses a total above {@link #MAX_TOTAL_POINTS}. */
    public CommuneRanking {
        BigDecimal total = Stream.of(leadershipPoints, steeringCommitteePoints, coordinationPoints, institutionsPoints,
                universalEducationPoints, educationEquityPoints, officialsLearningPoints, workersLearningPoints,
                studiousFamiliesPoints, culturalResidentialAreasPoints, povertyReductionPoints, genderEqualityPoints,
                hygieneEnvironmentPoints, communityHealthPoints, securityOrderPoints)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(MAX_TOTAL_POINTS) > 0) {
            throw InputRefusedException.outOfRange("", "the 15 criteria total " + total.stripTrailingZeros().toPlainString()
                    + " points, above the maximum of 100 (Thông tư 44/2014/TT-BGDĐT, Điều 4: \"Tổng số điểm tối đa cho"
                    + " tất cả các tiêu chí là 100\")");
        }
    }
}
