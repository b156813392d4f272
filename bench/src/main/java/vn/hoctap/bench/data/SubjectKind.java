package vn.hoctap.bench.data;

/** The three kinds of subject the benchmarks evaluate, each with the title it seeks in the bundled ruleset. */
public enum SubjectKind {

    /** Hộ gia đình — "Gia đình học tập", Bộ tiêu chí ban hành kèm Quyết định 448/QĐ-KHVN. */
    HOUSEHOLD("LEARNING_FAMILY", "Gia đình học tập", "Quyết định 448/QĐ-KHVN", "HGD"),

    /** Cơ quan, đơn vị cấp huyện — "Đơn vị học tập" cấp huyện, Thông tư 24/2023/TT-BGDĐT. */
    UNIT("DISTRICT_LEARNING_UNIT", "Đơn vị học tập cấp huyện", "Thông tư 24/2023/TT-BGDĐT", "DVHT"),

    /** Xã, phường, đặc khu — "Cộng đồng học tập" cấp xã, Thông tư 25/2023/TT-BGDĐT. */
    COMMUNE("COMMUNE_LEARNING_COMMUNITY", "Cộng đồng học tập cấp xã", "Thông tư 25/2023/TT-BGDĐT", "CDHT");

    private final String titleCode;
    private final String officialName;
    private final String document;
    private final String subjectPrefix;

    SubjectKind(String titleCode, String officialName, String document, String subjectPrefix) {
        this.titleCode = titleCode;
        this.officialName = officialName;
        this.document = document;
        this.subjectPrefix = subjectPrefix;
    }

    /** The title code of the ruleset, e.g. {@code LEARNING_FAMILY}. */
    public String titleCode() {
        return titleCode;
    }

    /** The Vietnamese official name of the title, e.g. "Gia đình học tập". */
    public String officialName() {
        return officialName;
    }

    /** The legal document whose criteria apply on the campaign's reference dates. */
    public String document() {
        return document;
    }

    /** The prefix of generated subject ids: {@code <prefix>-<commune code>-<number>}. */
    public String subjectPrefix() {
        return subjectPrefix;
    }
}
