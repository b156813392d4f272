package vn.hoctap.rules.commune.tt44;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đánh giá, xếp loại "Cộng đồng học tập" cấp xã theo Thông tư 44/2014/TT-BGDĐT — the points the evaluation
 * team awarded on each of the 15 criteria (each criterion has graded contents with scoring guidance in the circular).
 * The maximum points per criterion and the ranking bands were not readable in any source (criteria.md §2.5.1), so
 * the points are recorded as awarded and the ranking is "not decidable" until a source supplies the bands.
 */
public record CommuneRanking(
        @Field(label = "Tiêu chí 1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã", unit = "điểm", min = 0)
        BigDecimal leadershipPoints,
        @Field(label = "Tiêu chí 2. Hoạt động của Ban chỉ đạo xây dựng xã hội học tập cấp xã", unit = "điểm", min = 0)
        BigDecimal steeringCommitteePoints,
        @Field(label = "Tiêu chí 3. Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã", unit = "điểm", min = 0)
        BigDecimal coordinationPoints,
        @Field(label = "Tiêu chí 4. Mạng lưới và hoạt động của các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn cấp xã", unit = "điểm", min = 0)
        BigDecimal institutionsPoints,
        @Field(label = "Tiêu chí 5. Kết quả phổ cập giáo dục - xóa mù chữ", unit = "điểm", min = 0)
        BigDecimal universalEducationPoints,
        @Field(label = "Tiêu chí 6. Công bằng xã hội trong giáo dục", unit = "điểm", min = 0)
        BigDecimal educationEquityPoints,
        @Field(label = "Tiêu chí 7. Kết quả học tập, bồi dưỡng thường xuyên của cán bộ, công chức cấp xã", unit = "điểm", min = 0)
        BigDecimal officialsLearningPoints,
        @Field(label = "Tiêu chí 8. Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)", unit = "điểm", min = 0)
        BigDecimal workersLearningPoints,
        @Field(label = "Tiêu chí 9. Kết quả xây dựng \"Gia đình hiếu học\", \"Cộng đồng khuyến học/Cộng đồng học tập\" thôn, ấp, bản, tổ dân phố", unit = "điểm", min = 0)
        BigDecimal studiousFamiliesPoints,
        @Field(label = "Tiêu chí 10. Kết quả xây dựng thôn, ấp, bản, tổ dân phố được công nhận danh hiệu \"Khu dân cư văn hóa\"", unit = "điểm", min = 0)
        BigDecimal culturalResidentialAreasPoints,
        @Field(label = "Tiêu chí 11. Giảm tỷ lệ hộ nghèo", unit = "điểm", min = 0)
        BigDecimal povertyReductionPoints,
        @Field(label = "Tiêu chí 12. Thực hiện bình đẳng giới", unit = "điểm", min = 0)
        BigDecimal genderEqualityPoints,
        @Field(label = "Tiêu chí 13. Đảm bảo vệ sinh, môi trường", unit = "điểm", min = 0)
        BigDecimal hygieneEnvironmentPoints,
        @Field(label = "Tiêu chí 14. Chăm sóc sức khỏe cộng đồng", unit = "điểm", min = 0)
        BigDecimal communityHealthPoints,
        @Field(label = "Tiêu chí 15. Đảm bảo an ninh trật tự, an toàn xã hội", unit = "điểm", min = 0)
        BigDecimal securityOrderPoints) {
}
