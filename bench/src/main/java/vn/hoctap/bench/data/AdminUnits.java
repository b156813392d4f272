package vn.hoctap.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Đơn vị hành chính cấp xã từ 01/07/2025 — the 3,321 communes, wards and special zones (xã, phường, đặc khu) of the 34
 * provinces and centrally-run cities after the 2025 reform, with the codes of the General Statistics Office (Cục Thống
 * kê), read once from the classpath resource {@value #RESOURCE}.
 */
public final class AdminUnits {

    /** The classpath resource: {@code province_code,province_name,commune_code,commune_name}, {@code #} comments. */
    public static final String RESOURCE = "bench/communes-2025-07-01.csv";

    private static final List<Commune> COMMUNES = read();

    private AdminUnits() {
    }

    /**
     * One commune-level unit (đơn vị hành chính cấp xã).
     *
     * @param provinceCode GSO code of the province (mã tỉnh), two digits, e.g. {@code 01}
     * @param provinceName e.g. "Thành phố Hà Nội"
     * @param code         GSO code of the commune (mã xã), five digits, e.g. {@code 00004}
     * @param name         e.g. "Phường Ba Đình"
     */
    public record Commune(String provinceCode, String provinceName, String code, String name) {

        /** Whether the unit is a ward (phường), an urban unit. */
        public boolean isWard() {
            return name.startsWith("Phường");
        }

        /** Whether the unit is a special zone (đặc khu), an island unit. */
        public boolean isSpecialZone() {
            return name.regionMatches(true, 0, "Đặc khu", 0, "Đặc khu".length());
        }
    }

    /** Every commune, in the order of the file (by province, then commune code). Immutable. */
    public static List<Commune> communes() {
        return COMMUNES;
    }

    /** Province code → province name, in the order of the file. */
    public static Map<String, String> provinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        COMMUNES.forEach(commune -> provinces.putIfAbsent(commune.provinceCode(), commune.provinceName()));
        return provinces;
    }

    private static List<Commune> read() {
        InputStream stream = AdminUnits.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        List<Commune> communes = new ArrayList<>(3_400);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (!line.equals("province_code,province_name,commune_code,commune_name")) {
                        throw new IllegalStateException(RESOURCE + ": unexpected header " + line);
                    }
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": expected 4 columns: " + line);
                }
                communes.add(new Commune(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(communes);
    }
}
