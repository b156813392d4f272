package vn.hoctap.rules.family.qd448;

import java.time.LocalDate;
import java.time.Period;
import vn.hoctap.rules.common.Field;

/** Thành viên hộ gia đình — one member of a household assessed for "Gia đình học tập" (QĐ 448/QĐ-KHVN). */
public record HouseholdMember(
        @Field(label = "Họ và tên", optional = true,
                description = "Họ và tên thành viên, chỉ để nhận diện trong hồ sơ; bỏ trống khi chưa khai báo. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.") String fullName,
        @Field(label = "Ngày sinh", notAfterReferenceDate = true,
                description = "Ngày sinh của thành viên; tuổi tính đến ngày tham chiếu. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.") LocalDate birthDate,
        @Field(label = "Trẻ em trong độ tuổi phổ cập giáo dục",
                description = "Theo quy định phổ cập giáo dục (Nghị định 20/2014/NĐ-CP), do người đánh giá xác định; "
                        + "khai báo cho mọi thành viên (true hoặc false)")
        boolean inUniversalEducationAge,
        @Field(label = "Đang đi học hoặc đã hoàn thành phổ cập giáo dục theo quy định", optional = true,
                description = "Khai báo với trẻ em trong độ tuổi phổ cập giáo dục")
        Boolean attendingOrCompletedUniversalEducation,
        @Field(label = "Trường hợp được miễn (ốm đau, bệnh tật, không có khả năng học tập)", optional = true,
                description = "Một mã trong danh sách mã cho phép của trường; bỏ trống khi chưa khai báo. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.")
        Exemption exemption,
        @Field(label = "Đang là học sinh", description = "Khai báo cho mọi thành viên (true hoặc false)") boolean pupil,
        @Field(label = "Kết quả học tập năm học", optional = true,
                description = "Một mã trong danh sách mã cho phép của trường; bỏ trống khi chưa khai báo. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.") AcademicResult academicResult,
        @Field(label = "Hạnh kiểm năm học", optional = true,
                description = "Một mã trong danh sách mã cho phép của trường; bỏ trống khi chưa khai báo. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.") Conduct conduct,
        @Field(label = "Mức độ đạt chuẩn biết chữ (0: chưa biết chữ; 1: mức độ 1 ≈ lớp 3; 2: mức độ 2)", min = 0, max = 2,
                optional = true,
                description = "Mức độ đạt chuẩn biết chữ của thành viên: 0 chưa biết chữ, 1 mức độ 1, 2 mức độ 2; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.")
        Integer literacyLevel,
        @Field(label = "Số nội dung học tập đã tham gia trong năm", unit = "nội dung", min = 0, optional = true,
                description = "Số nội dung học tập thành viên đã tham gia trong năm; đơn vị: nội dung; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2.")
        Integer learningContentsThisYear) {

    /** Age in completed years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Whether the member is excused for the reason given (ốm đau, bệnh tật, không có khả năng học tập). */
    public boolean isExempt() {
        return exemption != null && exemption != Exemption.NONE;
    }

    /** Whether the member cannot learn, the exception QĐ 448 names for adults. */
    public boolean isUnableToLearn() {
        return exemption == Exemption.UNABLE_TO_LEARN;
    }
}
