package vn.hoctap.rules.commune.tt25;

import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đánh giá "Cộng đồng học tập" cấp xã theo Thông tư 25/2023/TT-BGDĐT (Điều 6, Điều 7) — the facts a commune
 * People's Committee self-assesses for one assessment year: 5 criteria, 15 targets, two levels.
 */
public record CommuneAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 1 điểm a; Điều 7.")
        boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch hằng năm về xây dựng xã hội học tập",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 1 điểm b; Điều 7.")
        boolean annualPlanIssued,
        @Field(label = "Triển khai thực hiện đầy đủ chương trình, kế hoạch hằng năm",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 1 điểm b; Điều 7.")
        boolean annualPlanImplemented,
        @Field(label = "Có kế hoạch và tổ chức các hoạt động Tuần lễ hưởng ứng học tập suốt đời",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 1 điểm c; Điều 7.")
        boolean lifelongLearningWeekOrganised,
        @Field(label = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời theo quy định",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 1 điểm c; Điều 7.")
        boolean lifelongLearningWeekReported,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 2 điểm a; Điều 7.")
        boolean stateBudgetSufficient,
        @Field(label = "Tham mưu, vận động, huy động nguồn lực xã hội hóa đạt kết quả tích cực",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 2 điểm b; Điều 7.")
        boolean socialResourcesMobilised,
        @Field(label = "Có cơ chế phối hợp giữa Hội Khuyến học, các tổ chức chính trị - xã hội, cơ sở giáo dục và thiết chế văn hóa",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 2 điểm c; Điều 7.")
        boolean coordinationMechanism,
        @Field(label = "Trung tâm học tập cộng đồng có 01 phòng làm việc được trang bị đầy đủ bàn, ghế, tủ, giá",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 3 điểm a; Điều 7.")
        boolean learningCentreOfficeEquipped,
        @Field(label = "Trung tâm học tập cộng đồng có tủ sách dùng chung",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 3 điểm a; Điều 7.")
        boolean learningCentreSharedBookcase,
        @Field(label = "Trung tâm học tập cộng đồng có thiết bị công nghệ thông tin phù hợp phục vụ học tập suốt đời",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 3 điểm a; Điều 7.")
        boolean learningCentreItEquipment,
        @Field(label = "Thư viện công cộng cấp xã ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và phục vụ học tập suốt đời",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 3 điểm b; Điều 7.")
        boolean libraryDigitalServices,
        @Field(label = "Trung tâm văn hóa, thể thao cấp xã tổ chức lớp năng khiếu, câu lạc bộ, nhóm sở thích, hoạt động văn hóa, thể thao thường xuyên",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 3 điểm c; Điều 7.")
        boolean culturalCentreActivities,
        @Field(label = "Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
                description = "true khi xã đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 4 điểm a; Điều 7 khoản 4.")
        boolean preschoolUniversalised,
        @Field(label = "Mức độ đạt chuẩn phổ cập giáo dục tiểu học", unit = "mức độ", min = 0, max = 3,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int primaryUniversalisationLevel,
        @Field(label = "Mức độ đạt chuẩn phổ cập giáo dục trung học cơ sở", unit = "mức độ", min = 0, max = 3,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int lowerSecondaryUniversalisationLevel,
        @Field(label = "Mức độ đạt chuẩn xóa mù chữ", unit = "mức độ", min = 0, max = 2,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int literacyLevel,
        @Field(label = "Số công dân trong xã", unit = "người", min = 0,
                description = "Số công dân trong xã, mẫu số của chỉ tiêu 5.1 và 5.2; Điều 2 của Thông tư định nghĩa \"công dân trong xã\" nhưng nội dung đó chưa được xác nhận: dịch vụ nhận số do xã khai báo, định nghĩa chưa được xác nhận; đơn vị: người; ví dụ 1000; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a; Quyết định 324/QĐ-KHVN ngày 25/10/2023; Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm a; Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm b; và các chỉ tiêu khác đọc trường này. Lưu ý: Mẫu số \"công dân trong xã\" theo Điều 2 chưa được xác nhận; Định nghĩa \"xã thuộc vùng khó khăn\" theo Điều 2 chưa được xác nhận.")
        long citizens,
        @Field(label = "Số công dân đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "citizens", optional = true,
                description = "Số công dân trong xã đạt danh hiệu \"Công dân học tập\" (Bộ tiêu chí của Quyết định 324/QĐ-KHVN), không lớn hơn số công dân trong xã; đơn vị: người; ví dụ 599; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm a; Quyết định 324/QĐ-KHVN ngày 25/10/2023; Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm a. Lưu ý: Mẫu số \"công dân trong xã\" theo Điều 2 chưa được xác nhận.")
        Long citizensWithLearningCitizenTitle,
        @Field(label = "Số công dân có trình độ chuyên môn kỹ thuật", unit = "người", min = 0, notAbove = "citizens",
                description = "Số công dân trong xã có trình độ chuyên môn kỹ thuật, không lớn hơn số công dân trong xã; đơn vị: người; ví dụ 650; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm b; Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm b. Lưu ý: Định nghĩa \"xã thuộc vùng khó khăn\" theo Điều 2 chưa được xác nhận.")
        long citizensWithTechnicalTraining,
        @Field(label = "Số công dân có trình độ đại học trở lên", unit = "người", min = 0,
                notAbove = "citizensWithTechnicalTraining",
                description = "Số công dân trong xã có trình độ đại học trở lên; là một phần của số công dân có trình độ chuyên môn kỹ thuật nên không lớn hơn số đó; đơn vị: người; ví dụ 160; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm b; Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm b. Lưu ý: Định nghĩa \"xã thuộc vùng khó khăn\" theo Điều 2 chưa được xác nhận.")
        long citizensWithUniversityDegree,
        @Field(label = "Xã thuộc vùng khó khăn",
                description = "true khi xã thuộc vùng khó khăn (áp dụng ngưỡng thấp hơn của chỉ tiêu 5.2), false khi không. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5 điểm b; Thông tư 25/2023/TT-BGDĐT, Điều 7 khoản 5 điểm b. Lưu ý: Định nghĩa \"xã thuộc vùng khó khăn\" theo Điều 2 chưa được xác nhận.")
        boolean difficultArea,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp xã mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
