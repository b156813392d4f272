package vn.hoctap.api.progress;

import java.util.Arrays;
import java.util.Optional;
import vn.hoctap.api.area.AreaCounts;

/**
 * What a plan target is a share of: the subjects eligible for a title (the denominator of the rate). Most come from
 * the area registry (a population of {@link AreaCounts}, or the number of areas of a tier below); two that plans use
 * for "Công dân học tập" have no count in the registry, so their targets are stored and listed but no rate is computed.
 */
public enum Measure {
    /** Hộ gia đình: families recognised "Gia đình học tập" ÷ households. */
    HOUSEHOLDS("LEARNING_FAMILY", "hộ gia đình", "households"),
    /** Dòng họ: clans recognised "Dòng họ học tập" ÷ clans. */
    CLANS("LEARNING_CLAN", "dòng họ", "clans"),
    /** Thôn, bản, tổ dân phố: village communities recognised ÷ villages. */
    VILLAGES("VILLAGE_LEARNING_COMMUNITY", "thôn, tổ dân phố", "villages"),
    /** Cơ quan, tổ chức, đơn vị thuộc xã: units recognised "Đơn vị học tập" ÷ units. */
    UNITS("COMMUNE_LEARNING_UNIT", "đơn vị", "units"),
    /** Công dân: citizens recognised "Công dân học tập" ÷ citizens. */
    CITIZENS("LEARNING_CITIZEN", "công dân", "citizens"),
    /** Xã, phường, đặc khu: communes recognised "Cộng đồng học tập" cấp xã ÷ communes of the area in the registry. */
    COMMUNES("COMMUNE_LEARNING_COMMUNITY", "xã, phường, đặc khu", null),
    /** Huyện: districts recognised ÷ districts of the area in the registry (none from 01/07/2025). */
    DISTRICTS("DISTRICT_LEARNING_COMMUNITY", "huyện, quận, thị xã, thành phố thuộc tỉnh", null),
    /** Tỉnh: provinces recognised ÷ provinces in the registry (national targets only). */
    PROVINCES("PROVINCIAL_LEARNING_COMMUNITY", "tỉnh, thành phố trực thuộc trung ương", null),
    /** Người lớn trong gia đình, dòng họ, cộng đồng học tập holding "Công dân học tập": no registry count. */
    ADULTS_IN_LEARNING_MODELS("LEARNING_CITIZEN", "người lớn trong gia đình, dòng họ, cộng đồng học tập", null),
    /** Cán bộ, công chức, viên chức, người lao động of learning units holding "Công dân học tập": no registry count. */
    UNIT_STAFF("LEARNING_CITIZEN", "cán bộ, công chức, viên chức, người lao động trong đơn vị", null);

    private final String titleCode;
    private final String label;
    private final String population;

    Measure(String titleCode, String label, String population) {
        this.titleCode = titleCode;
        this.label = label;
        this.population = population;
    }

    /** The title whose recognitions are counted. */
    public String titleCode() {
        return titleCode;
    }

    /** The eligible subjects in Vietnamese, e.g. "hộ gia đình". */
    public String label() {
        return label;
    }

    /** The name of the registry population, e.g. {@code households}; null when it is not a population. */
    public String population() {
        return population;
    }

    /** The area tier whose areas are the eligible subjects, for the measures counted from the registry's areas. */
    public String tier() {
        return switch (this) {
            case COMMUNES -> "COMMUNE";
            case DISTRICTS -> "DISTRICT";
            case PROVINCES -> "PROVINCE";
            default -> null;
        };
    }

    /** Whether the registry gives the eligible count, so that a rate can be computed. */
    public boolean counted() {
        return population != null || tier() != null;
    }

    /** The measure the progress report computes for a title: the first counted one. */
    public static Optional<Measure> of(String titleCode) {
        return Arrays.stream(values()).filter(measure -> measure.counted() && measure.titleCode.equals(titleCode))
                .findFirst();
    }

    /** The population of {@code counts} this measure names; null when unknown or not a population. */
    Long population(AreaCounts counts) {
        if (counts == null || population == null) {
            return null;
        }
        return switch (this) {
            case HOUSEHOLDS -> counts.households();
            case CLANS -> counts.clans();
            case VILLAGES -> counts.villages();
            case UNITS -> counts.units();
            case CITIZENS -> counts.citizens();
            default -> null;
        };
    }
}
