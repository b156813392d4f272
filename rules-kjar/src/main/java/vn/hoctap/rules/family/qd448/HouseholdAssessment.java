package vn.hoctap.rules.family.qd448;

import java.util.List;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đánh giá "Gia đình học tập" theo Bộ tiêu chí ban hành kèm Quyết định 448/QĐ-KHVN (giai đoạn 2016–2020, hiệu lực
 * 01/01/2016): the household's members and the assessor's judgement on the items that are not measurable from member
 * data.
 */
public record HouseholdAssessment(
        @Field(label = "Thành viên hộ gia đình",
                description = "Danh sách mọi thành viên của hộ gia đình, mỗi phần tử một thành viên. Căn cứ: Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 1, nội dung 1.2; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.1; Quyết định 448/QĐ-KHVN, Bộ tiêu chí Gia đình học tập, tiêu chí 2, nội dung 2.2. Lưu ý: Trừ trường hợp ốm đau, bệnh tật, không có khả năng học tập; Học sinh tiểu học: đạt yêu cầu; Trừ những người không có khả năng học tập; tuổi tính đến ngày tham chiếu; Phần sau của nội dung 2.2 chưa đọc được; \"người lớn\" hiểu là người thành niên không đang đi học, trừ người không có khả năng học tập.") List<HouseholdMember> members,
        @Field(label = "Trẻ em thật thà, lễ phép với mọi người trong gia đình và ngoài xã hội; tích cực tham gia các hoạt động chung ở địa phương",
                description = "Nhận định của người đánh giá (tiêu chí 1.3)")
        boolean childrenHonestPoliteAndActive) {
}
