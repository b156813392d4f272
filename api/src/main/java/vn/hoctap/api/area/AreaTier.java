package vn.hoctap.api.area;

/** Cấp hành chính of an area. */
public enum AreaTier {
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished 01/07/2025). */
    DISTRICT,
    /** Xã, phường, thị trấn, đặc khu. */
    COMMUNE,
    /** Thôn, bản, ấp, tổ dân phố. */
    VILLAGE
}
