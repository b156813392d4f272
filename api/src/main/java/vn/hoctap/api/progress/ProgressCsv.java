package vn.hoctap.api.progress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hoctap.api.progress.ProgressReport.AreaProgress;
import vn.hoctap.api.progress.ProgressReport.Status;
import vn.hoctap.api.progress.ProgressReport.TitleProgress;
import vn.hoctap.api.support.Csv;

/**
 * A progress report as CSV for spreadsheet programs: UTF-8 with a byte order mark, comma-separated (RFC 4180, as the
 * imports), '.' as the decimal point, Vietnamese headers, one row per title for the area as a whole ("Toàn địa bàn")
 * followed by one row per child area ("Đơn vị trực thuộc").
 */
final class ProgressCsv {

    static final List<String> HEADERS = List.of("Năm", "Mã danh hiệu", "Danh hiệu", "Phạm vi", "Mã địa bàn",
            "Tên địa bàn", "Phiên bản địa bàn", "Số được công nhận", "Mức độ tối thiểu", "Số đã đánh giá trong năm",
            "Đối tượng", "Tổng số đối tượng", "Nguồn tổng số", "Tỷ lệ (%)", "Chỉ tiêu (%)", "Chỉ tiêu tối đa (%)",
            "Năm chỉ tiêu", "Kế hoạch", "Cấp chỉ tiêu", "Chỉ tiêu đã xác nhận", "Nguồn chỉ tiêu",
            "Chênh lệch (điểm %)", "Mã tình trạng", "Tình trạng");

    private ProgressCsv() {
    }

    static byte[] write(ProgressReport report) {
        StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(HEADERS));
        for (TitleProgress title : report.titles()) {
            csv.append(Csv.line(row(report, title, "Toàn địa bàn", title.total())));
            title.children().forEach(child -> csv.append(Csv.line(row(report, title, "Đơn vị trực thuộc", child))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String filename(ProgressReport report) {
        return "tien-do-" + report.areaCode() + "-" + report.year() + ".csv";
    }

    private static List<Object> row(ProgressReport report, TitleProgress title, String scope, AreaProgress area) {
        PlanTargetView target = area.target();
        List<Object> cells = new ArrayList<>(Arrays.asList(report.year(), title.titleCode(), title.title(), scope,
                area.areaCode(), area.areaName(), area.areaVersion(), area.recognised(), area.minLevel(),
                area.assessed(), title.eligibleSubjects(), area.eligible(), area.eligibleFrom(), plain(area.rate())));
        if (target == null) {
            cells.addAll(Arrays.asList(null, null, null, null, null, null, null));
        } else {
            cells.addAll(Arrays.asList(plain(target.targetMin()), plain(target.targetMax()), target.horizonYear(),
                    target.planNumber() + (target.issuer() == null ? "" : " (" + target.issuer() + ")"),
                    scopeName(target.scope()), target.confirmed() ? "Có" : "Chưa xác nhận",
                    target.sourceUrl() != null ? target.sourceUrl() : target.source()));
        }
        cells.addAll(Arrays.asList(plain(area.gap()), area.status(), statusName(area.status())));
        return cells;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String scopeName(String scope) {
        return switch (scope) {
            case "AREA" -> "Địa bàn";
            case "PROVINCE" -> "Tỉnh";
            default -> "Toàn quốc";
        };
    }

    private static String statusName(Status status) {
        return switch (status) {
            case MET -> "Đạt chỉ tiêu";
            case BELOW -> "Chưa đạt chỉ tiêu";
            case NO_TARGET -> "Chưa có chỉ tiêu";
            case NO_POPULATION -> "Chưa có tổng số đối tượng";
        };
    }
}
