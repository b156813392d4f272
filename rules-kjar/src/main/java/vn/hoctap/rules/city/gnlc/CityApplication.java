package vn.hoctap.rules.city.gnlc;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đăng ký gia nhập Mạng lưới thành phố học tập toàn cầu của UNESCO (GNLC) — the application checklist of the GNLC
 * membership procedure and the data of the application form, plus an optional self-rating against the 12 areas of the
 * Key Features of Learning Cities (criteria.md §2.8). GNLC membership is not graded; this is a readiness check.
 */
public record CityApplication(
        @Field(label = "Đơn đăng ký được người đứng đầu chính quyền thành phố (Chủ tịch UBND) ký hoặc xác nhận",
                description = "true khi thành phố đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: UNESCO UIL, Global Network of Learning Cities — membership procedure.")
        boolean mayorSignedApplication,
        @Field(label = "Cam kết thực hiện Tuyên bố Bắc Kinh về xây dựng thành phố học tập và Các đặc điểm chính của thành phố học tập",
                description = "true khi thành phố đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: UNESCO UIL, Global Network of Learning Cities — membership procedure; Beijing Declaration on Building Learning Cities and Key Features of Learning Cities (2013).")
        boolean commitsToGuidingDocuments,
        @Field(label = "Ủy ban Quốc gia UNESCO Việt Nam đã xác nhận và chuyển hồ sơ",
                description = "true khi thành phố đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: UNESCO UIL, Global Network of Learning Cities — membership procedure.")
        boolean nationalCommissionEndorsed,
        @Field(label = "Cam kết nộp báo cáo tiến độ hai năm một lần và tham gia hoạt động của Mạng lưới",
                description = "true khi thành phố đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: UNESCO UIL, GNLC membership regulations (revised 1/10/2018): biennial progress report.")
        boolean biennialReportingCommitment,
        @Field(label = "Dân số thành phố", unit = "người", min = 0, optional = true,
                description = "Số nguyên từ 0; đơn vị: người; ví dụ 8500000; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") Long population,
        @Field(label = "Diện tích", unit = "km²", min = 0, optional = true,
                description = "Giá trị số; đơn vị: km²; ví dụ 3359,8; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") BigDecimal areaSquareKm,
        @Field(label = "GDP bình quân đầu người của thành phố", unit = "USD", min = 0, optional = true,
                description = "Giá trị số; đơn vị: USD; ví dụ 7600; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") BigDecimal gdpPerCapitaCity,
        @Field(label = "GDP bình quân đầu người của cả nước", unit = "USD", min = 0, optional = true,
                description = "Giá trị số; đơn vị: USD; ví dụ 4700; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") BigDecimal gdpPerCapitaCountry,
        @Field(label = "Số năm đi học bình quân — nam", unit = "năm", min = 0, optional = true,
                description = "Giá trị số; đơn vị: năm; ví dụ 11,2; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") BigDecimal averageSchoolingYearsMale,
        @Field(label = "Số năm đi học bình quân — nữ", unit = "năm", min = 0, optional = true,
                description = "Giá trị số; đơn vị: năm; ví dụ 10,9; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, GNLC application form (dân số, diện tích, GDP bình quân đầu người, số năm đi học bình quân theo giới).") BigDecimal averageSchoolingYearsFemale,
        @Field(label = "Động lực tham gia Mạng lưới (tối đa 200 từ)", optional = true,
                description = "Đoạn văn nêu động lực tham gia Mạng lưới, theo mẫu hồ sơ đăng ký của UNESCO; bỏ trống khi chưa khai báo. Căn cứ: UNESCO UIL, GNLC application form (motivation, tối đa 200 từ).") String motivation,
        @Field(label = "Các hành động triển khai xây dựng thành phố học tập (tối đa 200 từ)", optional = true,
                description = "Đoạn văn nêu các hành động triển khai, theo mẫu hồ sơ đăng ký của UNESCO; bỏ trống khi chưa khai báo. Căn cứ: UNESCO UIL, GNLC application form (implementation actions, tối đa 200 từ).")
        String implementationActions,
        @Field(label = "Tự đánh giá: trao quyền cho cá nhân và gắn kết xã hội (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), lợi ích rộng lớn.")
        Integer empowermentAndCohesionRating,
        @Field(label = "Tự đánh giá: phát triển kinh tế và thịnh vượng văn hóa (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), lợi ích rộng lớn.")
        Integer economicAndCulturalProsperityRating,
        @Field(label = "Tự đánh giá: phát triển bền vững (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), lợi ích rộng lớn.")
        Integer sustainableDevelopmentRating,
        @Field(label = "Tự đánh giá: học tập hòa nhập trong hệ thống giáo dục (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer inclusiveEducationRating,
        @Field(label = "Tự đánh giá: học tập trong gia đình và cộng đồng (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer familiesAndCommunitiesRating,
        @Field(label = "Tự đánh giá: học tập tại nơi làm việc (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer workplaceLearningRating,
        @Field(label = "Tự đánh giá: sử dụng công nghệ học tập hiện đại (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer learningTechnologiesRating,
        @Field(label = "Tự đánh giá: nâng cao chất lượng học tập (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer learningQualityRating,
        @Field(label = "Tự đánh giá: văn hóa học tập suốt đời sôi động (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), trụ cột.")
        Integer learningCultureRating,
        @Field(label = "Tự đánh giá: ý chí và cam kết chính trị mạnh mẽ (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; ví dụ 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), điều kiện nền tảng.")
        Integer politicalWillRating,
        @Field(label = "Tự đánh giá: quản trị và sự tham gia của các bên liên quan (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), điều kiện nền tảng.")
        Integer governanceRating,
        @Field(label = "Tự đánh giá: huy động và sử dụng nguồn lực (1–5)", min = 1, max = 5, optional = true,
                description = "Số nguyên từ 1 đến 5; ví dụ 4; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: UNESCO UIL, Key Features of Learning Cities (2013), điều kiện nền tảng.")
        Integer resourcesRating) {
}
