package vn.hoctap.bench.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * Seeded generators of evaluation requests, one per subject, shaped exactly as the kjar's input schemas of the
 * generation in force on the campaign's dates:
 * <ul>
 *   <li>{@link SubjectKind#HOUSEHOLD} — hồ sơ "Gia đình học tập" ({@code LEARNING_FAMILY}, Quyết định 448/QĐ-KHVN):
 *   1–9 members with Vietnamese names, birth dates, universal-education age and schooling, school results and
 *   conduct, literacy, learning in the year, and the assessor's judgement of item 1.3;</li>
 *   <li>{@link SubjectKind#UNIT} — hồ sơ tự đánh giá "Đơn vị học tập" cấp huyện ({@code DISTRICT_LEARNING_UNIT},
 *   Thông tư 24/2023/TT-BGDĐT): the 12 unit types of Điều 2, member and learner counts around the 90/95 % (50/70 %,
 *   95/97 %) thresholds, collective emulation title, digital transformation, level-1 decision date;</li>
 *   <li>{@link SubjectKind#COMMUNE} — hồ sơ "Cộng đồng học tập" cấp xã ({@code COMMUNE_LEARNING_COMMUNITY}, Thông tư
 *   25/2023/TT-BGDĐT): the yes/no targets of criteria 1–3, universal-education levels, citizen counts around the
 *   60/80 % and trained-citizen thresholds (difficult areas with their own), level-1 decision date.</li>
 * </ul>
 * Every subject lies in a real commune ({@link AdminUnits}) and carries its province code; its reference date is one
 * of {@link #REFERENCE_DATES}; its assessment year (năm đánh giá) is the year the dossier campaign assesses. Each
 * subject has a latent "quality" so that the criteria of one subject are correlated as in real dossiers, and every
 * criterion that can fail both passes and fails somewhere. The same kind, count and seed always give equal lists.
 */
public final class Subjects {

    /**
     * The 20 reference dates of one dossier campaign (đợt đánh giá, công nhận), Mondays and Thursdays from November
     * 2025 to January 2026. On all of them QĐ 448/QĐ-KHVN (from 01/01/2016), TT 24/2023 (from 26/01/2024) and TT 25/2023
     * (from 12/02/2024) are in force, and no parameter of the ruleset changes value.
     */
    public static final List<LocalDate> REFERENCE_DATES = List.of(
            LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 6), LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 13),
            LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 27),
            LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 4), LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 11),
            LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 18), LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 25),
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 15));

    /** The earliest level-1 decision under TT 24/2023 and TT 25/2023 used by the generators (after both took effect). */
    private static final LocalDate FIRST_LEVEL1_DECISION = LocalDate.of(2024, 3, 1);

    private static final String[] FAMILY_NAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Hà", "Tạ", "Cao", "Lương"};
    /** Rough shares (per mille) of the family names above, the most common first. */
    private static final int[] FAMILY_NAME_WEIGHTS = {380, 110, 95, 70, 50, 40, 40, 35, 30, 25, 22, 20, 15, 15, 12, 10,
        8, 6, 4, 4, 3, 2, 2, 2};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Ngọc",
        "Xuân", "Gia", "Tuấn"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Kim",
        "Hồng", "Bảo", "Khánh"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Nam", "Minh", "Tuấn", "Long", "Phong", "Quân", "Khoa",
        "Bảo", "Huy", "Đức", "Thắng", "Sơn", "Hải", "Tùng", "Cường", "Hiếu", "Trung", "Nghĩa", "Khánh", "Lộc", "Phúc",
        "Thịnh", "An", "Đạt", "Vinh", "Toàn", "Quang", "Việt"};
    private static final String[] FEMALE_GIVEN = {"Hương", "Lan", "Mai", "Hoa", "Linh", "Trang", "Thảo", "Ngọc", "Hà",
        "Hằng", "Yến", "Nhung", "Phương", "Thúy", "Vy", "Anh", "Châu", "Hạnh", "Quỳnh", "Giang", "Nhi", "Huyền", "Loan",
        "Dung", "Hiền", "My", "Tâm", "Oanh", "Diệp", "Uyên"};

    /** Household sizes 1–9, per mille. */
    private static final int[] HOUSEHOLD_SIZE_WEIGHTS = {60, 150, 210, 270, 160, 80, 40, 20, 10};

    /** The unit types of TT 24/2023, Điều 2 (the kjar's {@code UnitType}), with rough shares among district units. */
    private static final String[] UNIT_TYPES = {"STATE_AGENCY", "PARTY_OR_MASS_ORGANISATION", "PUBLIC_SERVICE_UNIT",
        "ECONOMIC_ORGANISATION", "ARMED_FORCES", "PRESCHOOL", "PRIMARY_SCHOOL", "LOWER_SECONDARY_SCHOOL",
        "UPPER_SECONDARY_SCHOOL", "CONTINUING_EDUCATION_CENTRE", "HIGHER_EDUCATION_INSTITUTION", "VET_INSTITUTION"};
    private static final int[] UNIT_TYPE_WEIGHTS = {14, 10, 8, 10, 4, 12, 14, 12, 6, 3, 2, 5};
    /** Members (thành viên) per unit type: from, to (inclusive). */
    private static final int[][] UNIT_MEMBERS = {{15, 120}, {8, 40}, {10, 150}, {20, 800}, {30, 300}, {15, 60},
        {25, 80}, {25, 80}, {40, 120}, {15, 50}, {200, 1_500}, {40, 300}};
    /** Learners (người học) per unit type, only the types with learners in the sense of Điều 2; {0, 0} otherwise. */
    private static final int[][] UNIT_LEARNERS = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
        {600, 2_000}, {200, 1_500}, {3_000, 30_000}, {500, 8_000}};
    /** Share (per cent) of public institutions per unit type (only education institutions declare it). */
    private static final int[] UNIT_PUBLIC_SHARE = {0, 0, 0, 0, 0, 80, 95, 97, 85, 90, 60, 65};

    private Subjects() {
    }

    /**
     * {@code count} subjects of {@code kind}, from {@code seed}: the same arguments give equal lists, other seeds other
     * subjects. Subject ids are {@code <prefix>-<commune code>-<number>}, e.g. {@code HGD-00004-000001}.
     */
    public static List<EvaluationRequest> generate(SubjectKind kind, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind.ordinal() * 0xBF58476D1CE4E5B9L);
        List<AdminUnits.Commune> communes = AdminUnits.communes();
        List<EvaluationRequest> requests = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            AdminUnits.Commune commune = communes.get(random.nextInt(communes.size()));
            LocalDate referenceDate = REFERENCE_DATES.get(random.nextInt(REFERENCE_DATES.size()));
            Map<String, Object> facts = switch (kind) {
                case HOUSEHOLD -> household(random, referenceDate);
                case UNIT -> unit(random, referenceDate);
                case COMMUNE -> commune(random, commune, referenceDate);
            };
            requests.add(new EvaluationRequest(kind.titleCode(),
                    kind.subjectPrefix() + "-" + commune.code() + "-" + String.format("%06d", i), referenceDate,
                    assessmentYear(referenceDate), commune.provinceCode(), facts));
        }
        return Collections.unmodifiableList(requests);
    }

    /**
     * Năm đánh giá: a campaign from the second half of a year into January of the next assesses the calendar year
     * whose results are in (a reference date in January 2026 assesses 2025).
     */
    static int assessmentYear(LocalDate referenceDate) {
        return referenceDate.getMonthValue() >= 7 ? referenceDate.getYear() : referenceDate.getYear() - 1;
    }

    // ---------------------------------------------------------------- Gia đình học tập (QĐ 448/QĐ-KHVN)

    /** The facts of {@code vn.hoctap.rules.family.qd448.HouseholdAssessment}. */
    private static Map<String, Object> household(SplittableRandom random, LocalDate on) {
        int size = weighted(random, HOUSEHOLD_SIZE_WEIGHTS) + 1;
        // the father's family name, which the children carry; a mother keeps her own
        String familyName = FAMILY_NAMES[weighted(random, FAMILY_NAME_WEIGHTS)];
        List<Map<String, Object>> members = new ArrayList<>(size);
        boolean maleHead = random.nextInt(100) < 80;
        int headAge = size == 1 ? between(random, 22, 88) : between(random, 24, 78);
        members.add(member(random, on, maleHead ? familyName : otherFamilyName(random, familyName), maleHead, headAge));
        int left = size - 1;
        int motherAge = maleHead ? headAge - between(random, 0, 6) : headAge;
        if (left > 0 && random.nextInt(100) < 88) {
            int spouseAge = Math.max(18, maleHead ? motherAge : headAge + between(random, 0, 6));
            members.add(member(random, on, maleHead ? otherFamilyName(random, familyName) : familyName, !maleHead, spouseAge));
            left--;
        }
        // grandparents living with the family (gia đình nhiều thế hệ)
        while (left > 0 && size >= 5 && members.size() < 4 && random.nextInt(100) < 45 && headAge + 22 <= 98) {
            boolean male = random.nextBoolean();
            int age = Math.min(98, headAge + between(random, 22, 34));
            members.add(member(random, on, male ? familyName : otherFamilyName(random, familyName), male, age));
            left--;
        }
        int youngestMotherhood = Math.max(0, motherAge - 45);
        int oldestChild = Math.max(0, motherAge - 18);
        for (; left > 0; left--) {
            int age = oldestChild <= youngestMotherhood ? between(random, 0, oldestChild)
                    : between(random, youngestMotherhood, oldestChild);
            members.add(member(random, on, familyName, random.nextBoolean(), age));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("members", Collections.unmodifiableList(members));
        facts.put("childrenHonestPoliteAndActive", random.nextInt(100) < 93);
        return Collections.unmodifiableMap(facts);
    }

    /** One {@code HouseholdMember}: only the fields that apply to a person of that age are declared. */
    private static Map<String, Object> member(SplittableRandom random, LocalDate on, String familyName, boolean male,
            int age) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", familyName + " " + pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                + pick(random, male ? MALE_GIVEN : FEMALE_GIVEN));
        member.put("birthDate", on.minusYears(age).minusDays(random.nextInt(365)).toString());
        // Nghị định 20/2014/NĐ-CP: trẻ 5 tuổi (mầm non), 6–14 tuổi (tiểu học, trung học cơ sở)
        boolean inAge = age >= 5 && age <= 14;
        member.put("inUniversalEducationAge", inAge);
        String exemption = null;
        int draw = random.nextInt(1_000);
        if (age >= 75 && draw < 60 || draw < 8) {
            exemption = age >= 75 || draw < 3 ? "UNABLE_TO_LEARN" : draw < 6 ? "DISABILITY" : "ILLNESS";
        } else if (draw >= 940) {
            exemption = "NONE";
        }
        boolean unable = "UNABLE_TO_LEARN".equals(exemption);
        if (inAge) {
            member.put("attendingOrCompletedUniversalEducation", exemption != null && !"NONE".equals(exemption)
                    ? random.nextBoolean() : random.nextInt(1_000) >= 25);
        }
        if (exemption != null) {
            member.put("exemption", exemption);
        }
        boolean pupil = !unable && age >= 6 && age <= 17 && random.nextInt(100) < (age <= 14 ? 97 : 85)
                || age == 18 && random.nextInt(100) < 30;
        member.put("pupil", pupil);
        if (pupil) {
            if (age <= 10) {
                member.put("academicResult", random.nextInt(100) < 96 ? "MEETS_REQUIREMENTS" : "BELOW_REQUIREMENTS");
                member.put("conduct", random.nextInt(100) < 98 ? "MEETS_REQUIREMENTS" : "BELOW_REQUIREMENTS");
            } else {
                member.put("academicResult", pickWeighted(random, new String[] {"EXCELLENT", "GOOD", "AVERAGE", "WEAK",
                    "POOR"}, new int[] {25, 38, 31, 5, 1}));
                member.put("conduct", pickWeighted(random, new String[] {"GOOD", "FAIR", "AVERAGE", "WEAK"},
                        new int[] {76, 19, 4, 1}));
            }
        }
        if (age >= 10) {
            // mức độ đạt chuẩn biết chữ: older people more often below level 1, a few not declared
            int literacy = random.nextInt(1_000);
            int illiterate = age > 60 ? 60 : age > 45 ? 15 : 6;
            if (literacy >= 6) {
                member.put("literacyLevel", unable ? 0 : literacy < 6 + illiterate ? 0
                        : literacy < 6 + illiterate + 40 || age < 12 ? 1 : 2);
            }
        }
        if (age >= 18 && !pupil) {
            int learning = random.nextInt(1_000);
            if (learning >= 20) {
                member.put("learningContentsThisYear", unable ? 0 : learning < 20 + (age > 65 ? 160 : 70) ? 0
                        : pickWeighted(random, new Integer[] {1, 2, 3, 4, 5}, new int[] {45, 30, 15, 7, 3}));
            }
        }
        return Collections.unmodifiableMap(member);
    }

    private static String otherFamilyName(SplittableRandom random, String familyName) {
        String other = FAMILY_NAMES[weighted(random, FAMILY_NAME_WEIGHTS)];
        return other.equals(familyName) && random.nextBoolean() ? FAMILY_NAMES[weighted(random, FAMILY_NAME_WEIGHTS)]
                : other;
    }

    // ---------------------------------------------------------------- Đơn vị học tập cấp huyện (TT 24/2023/TT-BGDĐT)

    /** The facts of {@code vn.hoctap.rules.unit.tt24.UnitAssessment}. */
    private static Map<String, Object> unit(SplittableRandom random, LocalDate on) {
        int typeIndex = weighted(random, UNIT_TYPE_WEIGHTS);
        String type = UNIT_TYPES[typeIndex];
        boolean education = typeIndex >= 5;
        double quality = quality(random);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitType", type);
        Boolean publicInstitution = education ? random.nextInt(100) < UNIT_PUBLIC_SHARE[typeIndex] : null;
        if (publicInstitution != null) {
            facts.put("publicInstitution", publicInstitution);
        }
        facts.put("annualLearningPlanIssued", chance(random, 0.95 + 0.04 * quality));
        facts.put("annualLearningPlanImplemented", chance(random, 0.92 + 0.07 * quality));
        facts.put("trainingRegimesApplied", chance(random, 0.94 + 0.05 * quality));
        facts.put("learningEncouragementRules", chance(random, 0.90 + 0.08 * quality));
        if ("PRESCHOOL".equals(type) && Boolean.TRUE.equals(publicInstitution)) {
            optionalFlag(random, facts, "privatePreschoolTeachersSupported", 0.80 + 0.15 * quality, 0.02);
        }
        boolean stateFunded = "STATE_AGENCY".equals(type) || "PUBLIC_SERVICE_UNIT".equals(type);
        if (stateFunded || Boolean.TRUE.equals(publicInstitution)) {
            optionalFlag(random, facts, "trainingBudgetSufficient", 0.85 + 0.12 * quality, 0.01);
        }
        boolean digital = chance(random, 0.70 + 0.25 * quality);
        facts.put("digitalTransformationDeployed", digital);
        if (digital) {
            optionalFlag(random, facts, "membersEquippedForDigitalLearning", 0.85 + 0.13 * quality, 0.01);
        }
        facts.put("lifelongLearningActivities", chance(random, 0.93 + 0.06 * quality));

        int[] range = UNIT_MEMBERS[typeIndex];
        long members = between(random, range[0], range[1]);
        facts.put("members", members);
        facts.put("membersComplyingDiscipline", share(random, members, 86 + 13 * quality, 2.5));
        facts.put("membersCompletingTraining", share(random, members, 84 + 14 * quality, 3));
        facts.put("membersInDigitalTransformation", share(random, members, (digital ? 84 : 70) + 14 * quality, 4));
        long certificate = share(random, members, 36 + 38 * quality, 8);
        facts.put("membersWithLanguageCertificate", certificate);
        facts.put("membersWithLanguageProficiency",
                Math.min(members, certificate + share(random, members - certificate, 12 + 20 * quality, 6)));
        facts.put("membersWithAdvancedWorkerTitle", share(random, members, 84 + 14 * quality, 3));
        facts.put("membersWithLearningCitizenTitle", share(random, members, 85 + 13 * quality, 3));
        int[] learnerRange = UNIT_LEARNERS[typeIndex];
        if (learnerRange[1] > 0 && random.nextInt(1_000) >= 5) {
            long learners = between(random, learnerRange[0], learnerRange[1]);
            facts.put("learners", learners);
            facts.put("learnersWithLearningCitizenTitle", share(random, learners, 91 + 8 * quality, 2));
        }
        facts.put("knowledgeSharingActivities", chance(random, 0.90 + 0.09 * quality));
        facts.put("collectiveEmulationTitle", pickWeighted(random, new String[] {"NONE", "ADVANCED_LABOUR_COLLECTIVE",
            "EXCELLENT_LABOUR_COLLECTIVE"}, new int[] {(int) Math.round(25 - 20 * quality), 60,
                (int) Math.round(10 + 30 * quality)}));
        if (education && random.nextInt(1_000) >= 15) {
            // QĐ 4725/QĐ-BGDĐT (schools, centres) or 4740/QĐ-BGDĐT (higher education), both of 30/12/2022
            facts.put("digitalTransformationLevel", pickWeighted(random, new String[] {"NOT_MET", "BASIC", "GOOD"},
                    new int[] {(int) Math.round(25 - 20 * quality), 55, (int) Math.round(10 + 40 * quality)}));
        }
        if ("VET_INSTITUTION".equals(type)) {
            optionalFlag(random, facts, "vetAccredited", 0.55 + 0.40 * quality, 0.02);
        }
        level1DecisionDate(random, facts, on, 35);
        return Collections.unmodifiableMap(facts);
    }

    // ---------------------------------------------------------------- Cộng đồng học tập cấp xã (TT 25/2023/TT-BGDĐT)

    /** The facts of {@code vn.hoctap.rules.commune.tt25.CommuneAssessment}. */
    private static Map<String, Object> commune(SplittableRandom random, AdminUnits.Commune commune, LocalDate on) {
        double quality = quality(random);
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String target : new String[] {"awarenessRaising", "annualPlanIssued", "annualPlanImplemented",
            "lifelongLearningWeekOrganised", "lifelongLearningWeekReported", "stateBudgetSufficient",
            "socialResourcesMobilised", "coordinationMechanism", "learningCentreOfficeEquipped",
            "learningCentreSharedBookcase", "learningCentreItEquipment", "libraryDigitalServices",
            "culturalCentreActivities", "preschoolUniversalised"}) {
            facts.put(target, chance(random, 0.91 + 0.085 * quality));
        }
        // Nghị định 20/2014/NĐ-CP: phổ cập giáo dục tiểu học, trung học cơ sở mức độ 1–3, xóa mù chữ mức độ 1–2
        facts.put("primaryUniversalisationLevel", level(random, 3, 0.55 + 0.40 * quality));
        facts.put("lowerSecondaryUniversalisationLevel", level(random, 3, 0.45 + 0.45 * quality));
        facts.put("literacyLevel", level(random, 2, 0.60 + 0.35 * quality));
        long citizens = commune.isWard() ? between(random, 12_000, 90_000)
                : commune.isSpecialZone() ? between(random, 2_000, 40_000) : between(random, 6_000, 50_000);
        boolean difficult = random.nextInt(100) < (commune.isWard() ? 3 : commune.isSpecialZone() ? 60 : 30);
        facts.put("citizens", citizens);
        facts.put("citizensWithLearningCitizenTitle", share(random, citizens, 42 + 36 * quality, 7));
        long trained = share(random, citizens, (difficult ? 30 : 38) + 28 * quality, 6);
        facts.put("citizensWithTechnicalTraining", trained);
        long university = Math.min(trained, share(random, citizens, (difficult ? 7 : 9) + 9 * quality, 2));
        facts.put("citizensWithUniversityDegree", university);
        facts.put("difficultArea", difficult);
        level1DecisionDate(random, facts, on, 30);
        return Collections.unmodifiableMap(facts);
    }

    // ---------------------------------------------------------------- shared

    /**
     * Ngày quyết định công nhận mức độ 1, declared by {@code percent} % of subjects: from 01/03/2024 to a month before
     * the reference date, so that some have the 12 months that level 2 requires and some do not.
     */
    private static void level1DecisionDate(SplittableRandom random, Map<String, Object> facts, LocalDate on, int percent) {
        if (random.nextInt(100) < percent) {
            long days = ChronoUnit.DAYS.between(FIRST_LEVEL1_DECISION, on.minusMonths(1));
            facts.put("level1DecisionDate", FIRST_LEVEL1_DECISION.plusDays(random.nextLong(days + 1)).toString());
        }
    }

    /** A latent quality in [0, 1], more often near the middle (the mean of two uniforms). */
    private static double quality(SplittableRandom random) {
        return (random.nextDouble() + random.nextDouble()) / 2;
    }

    /** {@code whole × p / 100} rounded, with p drawn around {@code centrePercent}, within 0 and {@code whole}. */
    private static long share(SplittableRandom random, long whole, double centrePercent, double spreadPercent) {
        double percent = Math.max(0, Math.min(100, centrePercent + spreadPercent * gaussian(random)));
        return Math.max(0, Math.min(whole, Math.round(whole * percent / 100)));
    }

    /** A level from 0 to {@code max}: {@code max} with probability {@code top}, most others one below. */
    private static int level(SplittableRandom random, int max, double top) {
        double draw = random.nextDouble();
        if (draw < top) {
            return max;
        }
        if (draw < top + (1 - top) * 0.85) {
            return max - 1;
        }
        return random.nextInt(max - 1);
    }

    private static void optionalFlag(SplittableRandom random, Map<String, Object> facts, String name, double yes,
            double undeclared) {
        if (random.nextDouble() >= undeclared) {
            facts.put(name, chance(random, yes));
        }
    }

    private static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A standard normal draw (Box–Muller), from this generator only. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pickWeighted(SplittableRandom random, T[] values, int[] weights) {
        return values[weighted(random, weights)];
    }

    /** An index drawn with the given (non-negative) weights. */
    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
