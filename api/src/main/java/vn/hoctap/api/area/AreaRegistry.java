package vn.hoctap.api.area;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.InputRules;

/**
 * The area registry: answers "which area does this code denote on this date, and what are its parents", imports
 * areas from CSV or JSON (all rows checked before any is written), and seeds the bundled sample into an empty
 * registry. Areas are held in memory (a national registry is a few tens of thousands of rows) and reloaded after
 * each import.
 */
@Service
public class AreaRegistry implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AreaRegistry.class);
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    private final Areas areas;
    private final HoctapProperties properties;
    private final ResourceLoader resources;
    private volatile Map<String, List<AreaDocument>> byCode = Map.of();
    /** Every version by its parent's code ("" for provinces), by code: children are looked up, not searched for. */
    private volatile Map<String, List<AreaDocument>> byParent = Map.of();

    AreaRegistry(Areas areas, HoctapProperties properties, ResourceLoader resources) {
        this.areas = areas;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.areas().loadSampleWhenEmpty() && areas.count() == 0) {
            int loaded = importRows(AreaCsv.read(sample()));
            log.info("Area registry was empty: loaded {} sample areas (Hà Nội, Bắc Ninh)", loaded);
        }
        reload();
    }

    /** The version of {@code code} valid on {@code date}. */
    public Optional<AreaDocument> find(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream().filter(area -> area.validOn(date)).findFirst();
    }

    /** The version with this id ({@code code@validFrom}). */
    public Optional<AreaDocument> version(String id) {
        int at = id == null ? -1 : id.lastIndexOf('@');
        return at < 0 ? Optional.empty() : versions(id.substring(0, at)).stream()
                .filter(area -> area.id().equals(id)).findFirst();
    }

    /** Every version of {@code code}, oldest first. */
    public List<AreaDocument> versions(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** The area and its ancestors valid on {@code date}, province first; empty when the code is unknown then. */
    public List<AreaDocument> path(String code, LocalDate date) {
        List<AreaDocument> path = new ArrayList<>();
        Optional<AreaDocument> current = find(code, date);
        while (current.isPresent() && path.size() < 8) {
            path.add(0, current.get());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : find(parent, date);
        }
        return path;
    }

    /** Areas whose parent is {@code parentCode} (or provinces when null) valid on {@code date}, by code. */
    public List<AreaDocument> children(String parentCode, LocalDate date) {
        return byParent.getOrDefault(parentCode == null ? "" : parentCode, List.of()).stream()
                .filter(area -> area.validOn(date)).toList();
    }

    /**
     * Checks every row, then writes them all (a version with the same code and start date is replaced).
     *
     * @return the number of area versions written
     * @throws ApiException listing every bad row and field; nothing is written then
     */
    public int importRows(List<AreaRow> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, AreaDocument> documents = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                problems.add(new FieldProblem("rows[" + i + "]", "MISSING", "a row may not be null"));
                continue;
            }
            checkText(rows.get(i), "rows[" + i + "]", problems);
            AreaDocument document = document(rows.get(i), "rows[" + i + "]", problems);
            if (document != null) {
                documents.put(i, document);
            }
        }
        Map<String, List<AreaDocument>> known = merged(documents.values());
        checkOverlaps(documents, known, problems);
        checkParents(documents, known, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        areas.saveAll(documents.values());
        reload();
        return documents.size();
    }

    /** Every cell must be valid text: no NUL or other control character, no U+FFFD left by bytes that were not UTF-8. */
    private static void checkText(AreaRow row, String where, List<FieldProblem> problems) {
        String[] cells = {row.code(), row.name(), row.tier(), row.type(), row.parentCode(), row.validFrom(),
                row.validTo(), row.households(), row.clans(), row.villages(), row.units(), row.members(), row.citizens()};
        for (int i = 0; i < cells.length; i++) {
            FieldProblem problem = cells[i] == null ? null : InputRules.text(where + "." + AreaCsv.COLUMNS.get(i), cells[i]);
            if (problem != null) {
                problems.add(problem);
            }
        }
    }

    /** The registry as it would be after the import: stored versions, replaced by imported ones with the same id. */
    private Map<String, List<AreaDocument>> merged(java.util.Collection<AreaDocument> imported) {
        Map<String, List<AreaDocument>> known = new HashMap<>();
        byCode.forEach((code, versions) -> known.put(code, new ArrayList<>(versions)));
        for (AreaDocument document : imported) {
            List<AreaDocument> versions = known.computeIfAbsent(document.code(), code -> new ArrayList<>());
            versions.removeIf(version -> version.id().equals(document.id()));
            versions.add(document);
        }
        return known;
    }

    /** Two versions of one code may not be valid on the same day. */
    private static void checkOverlaps(Map<Integer, AreaDocument> documents, Map<String, List<AreaDocument>> known,
            List<FieldProblem> problems) {
        documents.forEach((row, document) -> known.get(document.code()).stream()
                .filter(other -> !other.id().equals(document.id()) && overlap(document, other)).findFirst()
                .ifPresent(other -> problems.add(new FieldProblem("rows[" + row + "].validFrom", "OUT_OF_RANGE",
                        "area " + document.code() + " already has a version valid from " + other.validFrom()
                                + (other.validTo() == null ? "" : " to " + other.validTo())
                                + "; close it (validTo) before this one starts"))));
    }

    /** The parent must be valid over the child's whole period (else the path of the child breaks on some day). */
    private static void checkParents(Map<Integer, AreaDocument> documents, Map<String, List<AreaDocument>> known,
            List<FieldProblem> problems) {
        documents.forEach((row, document) -> {
            if (document.parentCode() != null && known.getOrDefault(document.parentCode(), List.of()).stream()
                    .noneMatch(parent -> covers(parent, document))) {
                problems.add(new FieldProblem("rows[" + row + "].parentCode", "UNKNOWN_AREA", "no version of area "
                        + document.parentCode() + " is valid over the whole period of " + document.code() + " ("
                        + document.validFrom() + " to " + (document.validTo() == null ? "open" : document.validTo()) + ")"));
            }
        });
    }

    private static boolean overlap(AreaDocument a, AreaDocument b) {
        return (a.validTo() == null || !a.validTo().isBefore(b.validFrom()))
                && (b.validTo() == null || !b.validTo().isBefore(a.validFrom()));
    }

    private static boolean covers(AreaDocument parent, AreaDocument child) {
        return !parent.validFrom().isAfter(child.validFrom()) && (parent.validTo() == null
                || child.validTo() != null && !child.validTo().isAfter(parent.validTo()));
    }

    private static AreaDocument document(AreaRow row, String at, List<FieldProblem> problems) {
        int before = problems.size();
        String code = required(row.code(), at + ".code", problems);
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(at + ".code", "INVALID", "codes are letters, digits, '-' or '_': " + code));
        }
        String name = required(row.name(), at + ".name", problems);
        AreaTier tier = tier(row.tier(), at + ".tier", problems);
        LocalDate validFrom = date(row.validFrom(), at + ".validFrom", true, problems);
        LocalDate validTo = date(row.validTo(), at + ".validTo", false, problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem(at + ".validTo", "OUT_OF_RANGE", "validTo is before validFrom"));
        }
        if (tier != null && tier != AreaTier.PROVINCE && row.parentCode() == null) {
            problems.add(new FieldProblem(at + ".parentCode", "MISSING", "a " + tier + " needs a parent"));
        }
        AreaCounts counts = new AreaCounts(count(row.households(), at + ".households", problems),
                count(row.clans(), at + ".clans", problems), count(row.villages(), at + ".villages", problems),
                count(row.units(), at + ".units", problems), count(row.members(), at + ".members", problems),
                count(row.citizens(), at + ".citizens", problems));
        if (problems.size() > before) {
            return null;
        }
        return new AreaDocument(AreaDocument.idOf(code, validFrom), code, nfc(name), tier, nfc(row.type()),
                tier == AreaTier.PROVINCE ? null : row.parentCode(), validFrom, validTo, counts);
    }

    private static String required(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "MISSING", "required"));
            return null;
        }
        return value.trim();
    }

    private static AreaTier tier(String value, String field, List<FieldProblem> problems) {
        try {
            return AreaTier.valueOf(required(value, field, problems));
        } catch (IllegalArgumentException | NullPointerException e) {
            if (value != null) {
                problems.add(new FieldProblem(field, "NOT_ALLOWED", "tier must be one of PROVINCE, DISTRICT, COMMUNE, VILLAGE"));
            }
            return null;
        }
    }

    private static LocalDate date(String value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "MISSING", "required (yyyy-mm-dd)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected a date yyyy-mm-dd, got '" + value + "'"));
            return null;
        }
    }

    private static Long count(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long count = Long.parseLong(value.trim());
            if (count < 0) {
                problems.add(new FieldProblem(field, "OUT_OF_RANGE", "must not be negative"));
            }
            return count;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected a whole number, got '" + value + "'"));
            return null;
        }
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private void reload() {
        Map<String, List<AreaDocument>> loaded = new HashMap<>();
        areas.findAll().forEach(area -> loaded.computeIfAbsent(area.code(), code -> new ArrayList<>()).add(area));
        loaded.values().forEach(list -> list.sort(Comparator.comparing(AreaDocument::validFrom)));
        loaded.replaceAll((code, list) -> List.copyOf(list));
        Map<String, List<AreaDocument>> children = new HashMap<>();
        loaded.values().stream().flatMap(List::stream).sorted(Comparator.comparing(AreaDocument::code))
                .forEach(area -> children.computeIfAbsent(area.parentCode() == null ? "" : area.parentCode(),
                        parent -> new ArrayList<>()).add(area));
        children.replaceAll((parent, list) -> List.copyOf(list));
        byCode = Map.copyOf(loaded);
        byParent = Map.copyOf(children);
    }

    private String sample() {
        try {
            return resources.getResource("classpath:areas/sample-areas.csv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
