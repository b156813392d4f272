package vn.hoctap.rules.family.qd448;

import java.util.List;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đánh giá "Gia đình học tập" theo Bộ tiêu chí ban hành kèm Quyết định 448/QĐ-KHVN (giai đoạn 2016–2020, hiệu lực
 * 01/01/2016): the household's members and the assessor's judgement on the items that are not measurable from member
 * data.
 */
public record HouseholdAssessment(
        @Field(label = "Thành viên hộ gia đình") List<HouseholdMember> members,
        @Field(label = "Trẻ em thật thà, lễ phép với mọi người trong gia đình và ngoài xã hội; tích cực tham gia các hoạt động chung ở địa phương",
                description = "Nhận định của người đánh giá (tiêu chí 1.3)")
        boolean childrenHonestPoliteAndActive) {
}
