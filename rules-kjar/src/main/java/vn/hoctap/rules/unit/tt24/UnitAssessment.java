package vn.hoctap.rules.unit.tt24;

import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Đơn vị học tập" cấp huyện hoặc cấp tỉnh theo Thông tư 24/2023/TT-BGDĐT (Điều 6, 7 cấp huyện;
 * Điều 12, 13 cấp tỉnh) — one unit's facts for one assessment year. "Thành viên" and "người học" as defined in Điều 2.
 */
public record UnitAssessment(
        @Field(label = "Loại đơn vị",
                description = "Loại đơn vị theo phạm vi áp dụng của Thông tư (quyết định các chỉ tiêu áp dụng). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm b; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm c; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm d; và các chỉ tiêu khác đọc trường này. Lưu ý: Người học theo Điều 2: không tính nhà trẻ, mẫu giáo, tiểu học, trung học cơ sở, phổ thông dân tộc nội trú cấp huyện.") UnitType unitType,
        @Field(label = "Cơ sở giáo dục công lập", optional = true,
                description = "Chỉ khai báo với cơ sở giáo dục; cơ sở công lập là đơn vị sự nghiệp công lập")
        Boolean publicInstitution,
        @Field(label = "Ban hành kế hoạch học tập thường xuyên hằng năm cho thành viên",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm a; Điều 12 (cấp tỉnh).") boolean annualLearningPlanIssued,
        @Field(label = "Tổ chức thực hiện kế hoạch học tập hằng năm",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm a; Điều 12 (cấp tỉnh).") boolean annualLearningPlanImplemented,
        @Field(label = "Thực hiện đầy đủ chế độ, chính sách đào tạo, bồi dưỡng đối với thành viên",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm b; Điều 12 (cấp tỉnh).") boolean trainingRegimesApplied,
        @Field(label = "Có quy định nội bộ khuyến khích thành viên học tập",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm b; Điều 12 (cấp tỉnh).") boolean learningEncouragementRules,
        @Field(label = "Hỗ trợ bồi dưỡng giáo viên mầm non ngoài công lập trên địa bàn", optional = true,
                description = "Áp dụng với cơ sở giáo dục mầm non công lập")
        Boolean privatePreschoolTeachersSupported,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng thành viên", optional = true,
                description = "Áp dụng với cơ quan nhà nước, đơn vị sự nghiệp công lập")
        Boolean trainingBudgetSufficient,
        @Field(label = "Đơn vị triển khai chuyển đổi số",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm d; Điều 12 (cấp tỉnh).") boolean digitalTransformationDeployed,
        @Field(label = "Thành viên được trang bị công cụ, thiết bị học tập khi đơn vị chuyển đổi số", optional = true,
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm d; Điều 12 (cấp tỉnh).")
        Boolean membersEquippedForDigitalLearning,
        @Field(label = "Tham gia các hoạt động phục vụ học tập suốt đời của người dân",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 1 điểm đ; Điều 12 (cấp tỉnh).") boolean lifelongLearningActivities,
        @Field(label = "Số thành viên của đơn vị", unit = "người", min = 0,
                description = "Số thành viên của đơn vị, mẫu số của các tỷ lệ thành viên; Thông tư không định nghĩa \"thành viên\" trong phần đã đọc: dịch vụ nhận số do đơn vị khai báo, định nghĩa chưa được xác nhận; đơn vị: người; ví dụ 40. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm a; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm b; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm c; và các chỉ tiêu khác đọc trường này.") long members,
        @Field(label = "Số thành viên chấp hành kỷ luật lao động, nội quy làm việc, đoàn kết, chia sẻ", unit = "người",
                min = 0, notAbove = "members",
                description = "Số thành viên chấp hành kỷ luật lao động, nội quy làm việc, đoàn kết, chia sẻ, không lớn hơn số thành viên; đơn vị: người; ví dụ 40. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm a; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 2 điểm a; Điều 13 (cấp tỉnh).")
        long membersComplyingDiscipline,
        @Field(label = "Số thành viên hoàn thành chương trình học tập, bồi dưỡng bắt buộc", unit = "người", min = 0,
                notAbove = "members",
                description = "Số thành viên hoàn thành chương trình học tập, bồi dưỡng bắt buộc, không lớn hơn số thành viên; đơn vị: người; ví dụ 39. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm b; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 2 điểm b; Điều 13 (cấp tỉnh).")
        long membersCompletingTraining,
        @Field(label = "Số thành viên được đào tạo và tham gia chuyển đổi số của đơn vị", unit = "người", min = 0,
                notAbove = "members",
                description = "Số thành viên được đào tạo và tham gia chuyển đổi số của đơn vị, không lớn hơn số thành viên; đơn vị: người; ví dụ 38. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm c; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 2 điểm c; Điều 13 (cấp tỉnh).")
        long membersInDigitalTransformation,
        @Field(label = "Số thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm",
                unit = "người", min = 0, notAbove = "members",
                description = "Số thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm (mức độ 1), không lớn hơn số thành viên; đơn vị: người; ví dụ 30. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm d; Điều 12 (cấp tỉnh).")
        long membersWithLanguageCertificate,
        @Field(label = "Số thành viên sử dụng được ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm",
                unit = "người", min = 0, notAbove = "members",
                description = "Số thành viên sử dụng được ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm (mức độ 2), không lớn hơn số thành viên; đơn vị: người; ví dụ 29. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 2 điểm d; Điều 13 (cấp tỉnh).")
        long membersWithLanguageProficiency,
        @Field(label = "Số thành viên đạt danh hiệu \"Lao động tiên tiến\" trở lên", unit = "người", min = 0,
                notAbove = "members",
                description = "Số thành viên đạt danh hiệu \"Lao động tiên tiến\" trở lên, không lớn hơn số thành viên; đơn vị: người; ví dụ 38. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 2 điểm đ; Điều 12 (cấp tỉnh); Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 2 điểm đ; Điều 13 (cấp tỉnh).")
        long membersWithAdvancedWorkerTitle,
        @Field(label = "Số thành viên đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "members", optional = true,
                description = "Số thành viên đạt danh hiệu \"Công dân học tập\", không lớn hơn số thành viên; đơn vị: người; ví dụ 39; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm a; Quyết định 324/QĐ-KHVN ngày 25/10/2023; Thông tư 24/2023/TT-BGDĐT, Điều 13 khoản 3 điểm a; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 3 điểm a; và các chỉ tiêu khác đọc trường này.")
        Long membersWithLearningCitizenTitle,
        @Field(label = "Số người học (cơ sở giáo dục)", unit = "người", min = 0, optional = true,
                description = "Học sinh, học viên, sinh viên; không tính nhà trẻ, mẫu giáo, tiểu học, THCS, PTDTNT huyện;"
                        + " chỉ khai báo cho cơ sở giáo dục; đơn vị: người; ví dụ 800; bỏ trống khi chưa khai báo (không bao"
                        + " giờ được hiểu là 0)")
        Long learners,
        @Field(label = "Số người học đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, optional = true,
                notAbove = "learners",
                description = "Số người học của cơ sở giáo dục đạt danh hiệu \"Công dân học tập\", không lớn hơn số người học; chỉ khai báo cho cơ sở giáo dục; đơn vị: người; ví dụ 790; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm a; Quyết định 324/QĐ-KHVN ngày 25/10/2023; Thông tư 24/2023/TT-BGDĐT, Điều 13 khoản 3 điểm a; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 3 điểm a; và các chỉ tiêu khác đọc trường này. Lưu ý: Người học theo Điều 2: không tính nhà trẻ, mẫu giáo, tiểu học, trung học cơ sở, phổ thông dân tộc nội trú cấp huyện.")
        Long learnersWithLearningCitizenTitle,
        @Field(label = "Tổ chức hoạt động tạo môi trường học tập, chia sẻ tri thức với đơn vị khác",
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm b; Điều 13 khoản 3 điểm b; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 3 điểm b; Điều 7 khoản 3 điểm b.") boolean knowledgeSharingActivities,
        @Field(label = "Danh hiệu thi đua tập thể năm đánh giá",
                description = "Danh hiệu thi đua tập thể cao nhất đơn vị đạt trong năm đánh giá (mã trong danh sách). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm c; Điều 13 khoản 3 điểm c; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 3 điểm c; Thông tư 24/2023/TT-BGDĐT, Điều 7 khoản 3 điểm c.") CollectiveEmulationTitle collectiveEmulationTitle,
        @Field(label = "Mức độ chuyển đổi số (Quyết định 4725/QĐ-BGDĐT hoặc 4740/QĐ-BGDĐT)", optional = true,
                description = "Mức độ chuyển đổi số của đơn vị (mã trong danh sách); bỏ trống khi chưa khai báo. Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm d; Quyết định 4725/QĐ-BGDĐT ngày 30/12/2022; Thông tư 24/2023/TT-BGDĐT, Điều 13 khoản 3 điểm d; Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm đ; và các chỉ tiêu khác đọc trường này.")
        DigitalTransformationLevel digitalTransformationLevel,
        @Field(label = "Đã được kiểm định chất lượng giáo dục nghề nghiệp", optional = true,
                description = "true khi đơn vị đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Căn cứ: Thông tư 24/2023/TT-BGDĐT, Điều 12 khoản 3 điểm e; Điều 13 khoản 3 điểm e; Thông tư 24/2023/TT-BGDĐT, Điều 6 khoản 3 điểm đ; Điều 7 khoản 3 điểm đ.") Boolean vetAccredited,
        @Field(label = "Ngày quyết định công nhận \"Đơn vị học tập\" mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
