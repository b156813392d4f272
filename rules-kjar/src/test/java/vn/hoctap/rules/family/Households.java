package vn.hoctap.rules.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/**
 * Test data for "Gia đình học tập" (QĐ 448/QĐ-KHVN): a household of two literate, learning parents and two pupils in
 * universal-education age with good results, meeting every confirmed item (1.1, 1.2, 1.3, 2.1, 2.2) on 20/11/2025.
 */
final class Households {

    private Households() {
    }

    static Facts aHouseholdMeetingTheConfirmedItems() {
        return aHouseholdWith();
    }

    /** The same household with extra members appended. */
    @SafeVarargs
    static Facts aHouseholdWith(Map<String, Object>... extraMembers) {
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(adult("Nguyễn Văn Hùng", "1978-04-12", 2, 2));
        members.add(adult("Trần Thị Hương", "1981-09-30", 2, 1));
        members.add(pupil("Nguyễn Thị Lan", "2010-02-01", "GOOD", "GOOD"));
        members.add(pupil("Nguyễn Văn Nam", "2016-06-15", "MEETS_REQUIREMENTS", "MEETS_REQUIREMENTS"));
        members.addAll(List.of(extraMembers));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("members", members);
        facts.put("childrenHonestPoliteAndActive", true);
        return Facts.of(facts);
    }

    /** An adult who is not at school, with a literacy level and a number of learning contents this year. */
    static Map<String, Object> adult(String name, String birthDate, Integer literacyLevel, Integer learningContents) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", name);
        member.put("birthDate", birthDate);
        member.put("inUniversalEducationAge", false);
        member.put("pupil", false);
        if (literacyLevel != null) {
            member.put("literacyLevel", literacyLevel);
        }
        if (learningContents != null) {
            member.put("learningContentsThisYear", learningContents);
        }
        return member;
    }

    /** A pupil in universal-education age who attends school, with the given academic result and conduct. */
    static Map<String, Object> pupil(String name, String birthDate, String academicResult, String conduct) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", name);
        member.put("birthDate", birthDate);
        member.put("inUniversalEducationAge", true);
        member.put("attendingOrCompletedUniversalEducation", true);
        member.put("pupil", true);
        member.put("academicResult", academicResult);
        member.put("conduct", conduct);
        return member;
    }
}
