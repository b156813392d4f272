package vn.hoctap.rules.city.gnlc;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đăng ký gia nhập Mạng lưới thành phố học tập toàn cầu của UNESCO (GNLC) — the application checklist of the GNLC
 * membership procedure and the data of the application form, plus an optional self-rating against the 12 areas of the
 * Key Features of Learning Cities (criteria.md §2.8). GNLC membership is not graded; this is a readiness check.
 */
public record CityApplication(
        @Field(label = "Đơn đăng ký được người đứng đầu chính quyền thành phố (Chủ tịch UBND) ký hoặc xác nhận")
        boolean mayorSignedApplication,
        @Field(label = "Cam kết thực hiện Tuyên bố Bắc Kinh về xây dựng thành phố học tập và Các đặc điểm chính của thành phố học tập")
        boolean commitsToGuidingDocuments,
        @Field(label = "Ủy ban Quốc gia UNESCO Việt Nam đã xác nhận và chuyển hồ sơ")
        boolean nationalCommissionEndorsed,
        @Field(label = "Cam kết nộp báo cáo tiến độ hai năm một lần và tham gia hoạt động của Mạng lưới")
        boolean biennialReportingCommitment,
        @Field(label = "Dân số thành phố", unit = "người", min = 0, optional = true) Long population,
        @Field(label = "Diện tích", unit = "km²", min = 0, optional = true) BigDecimal areaSquareKm,
        @Field(label = "GDP bình quân đầu người của thành phố", unit = "USD", min = 0, optional = true) BigDecimal gdpPerCapitaCity,
        @Field(label = "GDP bình quân đầu người của cả nước", unit = "USD", min = 0, optional = true) BigDecimal gdpPerCapitaCountry,
        @Field(label = "Số năm đi học bình quân — nam", unit = "năm", min = 0, optional = true) BigDecimal averageSchoolingYearsMale,
        @Field(label = "Số năm đi học bình quân — nữ", unit = "năm", min = 0, optional = true) BigDecimal averageSchoolingYearsFemale,
        @Field(label = "Động lực tham gia Mạng lưới (tối đa 200 từ)", optional = true) String motivation,
        @Field(label = "Các hành động triển khai xây dựng thành phố học tập (tối đa 200 từ)", optional = true)
        String implementationActions,
        @Field(label = "Tự đánh giá: trao quyền cho cá nhân và gắn kết xã hội (1–5)", min = 1, max = 5, optional = true)
        Integer empowermentAndCohesionRating,
        @Field(label = "Tự đánh giá: phát triển kinh tế và thịnh vượng văn hóa (1–5)", min = 1, max = 5, optional = true)
        Integer economicAndCulturalProsperityRating,
        @Field(label = "Tự đánh giá: phát triển bền vững (1–5)", min = 1, max = 5, optional = true)
        Integer sustainableDevelopmentRating,
        @Field(label = "Tự đánh giá: học tập hòa nhập trong hệ thống giáo dục (1–5)", min = 1, max = 5, optional = true)
        Integer inclusiveEducationRating,
        @Field(label = "Tự đánh giá: học tập trong gia đình và cộng đồng (1–5)", min = 1, max = 5, optional = true)
        Integer familiesAndCommunitiesRating,
        @Field(label = "Tự đánh giá: học tập tại nơi làm việc (1–5)", min = 1, max = 5, optional = true)
        Integer workplaceLearningRating,
        @Field(label = "Tự đánh giá: sử dụng công nghệ học tập hiện đại (1–5)", min = 1, max = 5, optional = true)
        Integer learningTechnologiesRating,
        @Field(label = "Tự đánh giá: nâng cao chất lượng học tập (1–5)", min = 1, max = 5, optional = true)
        Integer learningQualityRating,
        @Field(label = "Tự đánh giá: văn hóa học tập suốt đời sôi động (1–5)", min = 1, max = 5, optional = true)
        Integer learningCultureRating,
        @Field(label = "Tự đánh giá: ý chí và cam kết chính trị mạnh mẽ (1–5)", min = 1, max = 5, optional = true)
        Integer politicalWillRating,
        @Field(label = "Tự đánh giá: quản trị và sự tham gia của các bên liên quan (1–5)", min = 1, max = 5, optional = true)
        Integer governanceRating,
        @Field(label = "Tự đánh giá: huy động và sử dụng nguồn lực (1–5)", min = 1, max = 5, optional = true)
        Integer resourcesRating) {
}
