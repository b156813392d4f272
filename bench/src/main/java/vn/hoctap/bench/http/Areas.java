package vn.hoctap.bench.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.hoctap.bench.data.AdminUnits;

/**
 * The area registry the generated subjects need: the service ships a sample (Hà Nội and Bắc Ninh), the generators
 * place subjects in every commune of the 34 provinces. The harness imports all of them (valid from 01/07/2025, the
 * date of the reform; the campaign's reference dates follow it) through {@code POST /api/v1/areas/import} as an
 * administrator before measuring; versions the sample already holds are replaced by the same ones.
 */
final class Areas {

    static final String VALID_FROM = "2025-07-01";

    private Areas() {
    }

    /** The CSV of the import: provinces first, then their communes. */
    static String csv() {
        StringBuilder csv = new StringBuilder("code,name,tier,type,parentCode,validFrom\n");
        for (Map.Entry<String, String> province : AdminUnits.provinces().entrySet()) {
            String name = province.getValue();
            csv.append(province.getKey()).append(',').append(name).append(",PROVINCE,")
                    .append(name.startsWith("Thành phố") ? "Thành phố Trung ương" : "Tỉnh").append(",,")
                    .append(VALID_FROM).append('\n');
        }
        for (AdminUnits.Commune commune : AdminUnits.communes()) {
            String type = commune.isWard() ? "Phường" : commune.isSpecialZone() ? "Đặc khu" : "Xã";
            csv.append(commune.code()).append(',').append(commune.name()).append(",COMMUNE,").append(type).append(',')
                    .append(commune.provinceCode()).append(',').append(VALID_FROM).append('\n');
        }
        return csv.toString();
    }

    static void importCommunes(Service service) {
        Client.Answer answer = service.client().post("/api/v1/areas/import", service.admin(), "text/csv",
                csv().getBytes(StandardCharsets.UTF_8));
        int expected = AdminUnits.provinces().size() + AdminUnits.communes().size();
        if (answer.status() != 200 || answer.json().path("imported").asInt() != expected) {
            throw new IllegalStateException("the area import answered " + answer + "; expected " + expected
                    + " areas imported");
        }
    }
}
