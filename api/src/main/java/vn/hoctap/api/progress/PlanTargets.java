package vn.hoctap.api.progress;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaDocument;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.InputRules;

/**
 * The plan targets: imports them from CSV or JSON (every row checked before any is written; a target with the same
 * natural key — plan, area version, title, measure, horizon year, level — is replaced, others are kept), lists them,
 * and seeds the bundled national and provincial targets ({@code plan-targets/seed-plan-targets.json}) into an empty
 * collection. Seed rows whose area the registry does not hold are left out, and logged.
 */
@Service
public class PlanTargets implements InitializingBean {

    static final String SEED = "classpath:plan-targets/seed-plan-targets.json";
    private static final Logger log = LoggerFactory.getLogger(PlanTargets.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MongoTemplate mongo;
    private final AreaRegistry areas;
    private final HoctapProperties properties;
    private final ResourceLoader resources;
    private final ObjectMapper json;
    private final Clock clock;

    PlanTargets(MongoTemplate mongo, AreaRegistry areas, HoctapProperties properties, ResourceLoader resources,
            ObjectMapper json, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.properties = properties;
        this.resources = resources;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.planTargets().loadSeedWhenEmpty() || mongo.count(new Query(), PlanTargetDocument.class) > 0) {
            return;
        }
        List<PlanTargetRow> rows = seed();
        List<PlanTargetRow> known = new ArrayList<>();
        for (PlanTargetRow row : rows) {
            if (PlanTargetDocument.NATIONAL.equals(row.areaCode()) || area(row, "seed", new ArrayList<>()) != null) {
                known.add(row);
            } else {
                log.info("Plan target seed: {} for area {} left out (the area registry does not hold {}@{})",
                        row.planNumber(), row.areaCode(), row.areaCode(), row.areaValidFrom());
            }
        }
        int loaded = importRows(known, "seed");
        log.info("Plan targets were empty: loaded {} of the {} bundled targets", loaded, rows.size());
    }

    /**
     * Checks every row, then writes them all.
     *
     * @return the number of targets written
     * @throws ApiException listing every bad row and field; nothing is written then
     */
    public int importRows(List<PlanTargetRow> rows, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, PlanTargetDocument> documents = new LinkedHashMap<>();
        Instant now = Instant.now(clock);
        for (int i = 0; i < rows.size(); i++) {
            String at = "rows[" + i + "]";
            if (rows.get(i) == null) {
                problems.add(new FieldProblem(at, "MISSING", "a row may not be null"));
                continue;
            }
            PlanTargetDocument document = document(rows.get(i), at, problems, now, user);
            if (document != null && documents.putIfAbsent(document.id(), document) != null) {
                problems.add(new FieldProblem(at, "INVALID", "the same target (plan, area, title, measure, horizon year,"
                        + " level) is given twice in this import"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        documents.values().forEach(mongo::save);
        return documents.size();
    }

    /** Targets by area code, title and horizon year (each optional), by area, title, year and plan. */
    public List<PlanTargetDocument> list(String areaCode, String titleCode, Integer year) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (areaCode != null) {
            all.add(Criteria.where("areaCode").is(areaCode));
        }
        if (titleCode != null) {
            all.add(Criteria.where("titleCode").is(titleCode));
        }
        if (year != null) {
            all.add(Criteria.where("horizonYear").is(year));
        }
        Query query = new Query(all.isEmpty() ? criteria : criteria.andOperator(all))
                .with(Sort.by("areaCode", "titleCode", "horizonYear", "planNumber", "measure"));
        return mongo.find(query, PlanTargetDocument.class);
    }

    /** The targets on {@code measure} in any of {@code areaCodes} with a horizon in or after {@code year}. */
    List<PlanTargetDocument> candidates(Measure measure, List<String> areaCodes, int year) {
        return mongo.find(new Query(Criteria.where("areaCode").in(areaCodes).and("titleCode").is(measure.titleCode())
                .and("measure").is(measure).and("horizonYear").gte(year)), PlanTargetDocument.class);
    }

    private PlanTargetDocument document(PlanTargetRow row, String at, List<FieldProblem> problems, Instant now,
            String user) {
        int before = problems.size();
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            FieldProblem problem = cells.get(i) == null ? null
                    : InputRules.text(at + "." + PlanTargetRow.COLUMNS.get(i), cells.get(i));
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String planNumber = required(row.planNumber(), at + ".planNumber", problems);
        String issuer = required(row.issuer(), at + ".issuer", problems);
        LocalDate issuedOn = date(row.issuedOn(), at + ".issuedOn", problems);
        String sourceUrl = blank(row.sourceUrl()) ? null : row.sourceUrl().trim();
        if (sourceUrl != null && !url(sourceUrl)) {
            problems.add(new FieldProblem(at + ".sourceUrl", "INVALID", "expected an http(s) address, got '"
                    + sourceUrl + "'"));
        }
        if (sourceUrl == null && blank(row.source())) {
            problems.add(new FieldProblem(at + ".sourceUrl", "MISSING", "give the address the figure was read at, or"
                    + " name its source in 'source'"));
        }
        Boolean confirmed = flag(row.confirmed(), at + ".confirmed", problems);
        if (Boolean.FALSE.equals(confirmed) && blank(row.note())) {
            problems.add(new FieldProblem(at + ".note", "MISSING", "an unconfirmed target needs a note saying what is"
                    + " not confirmed"));
        }
        Measure measure = measure(row.measure(), at + ".measure", problems);
        String titleCode = required(row.titleCode(), at + ".titleCode", problems);
        if (measure != null && titleCode != null && !measure.titleCode().equals(titleCode)) {
            problems.add(new FieldProblem(at + ".titleCode", "NOT_ALLOWED", "measure " + measure + " counts "
                    + measure.titleCode() + ", not " + titleCode));
        }
        Integer horizonYear = whole(row.horizonYear(), at + ".horizonYear", 2000, 2100, true, problems);
        BigDecimal min = percent(row.targetMin(), at + ".targetMin", true, problems);
        BigDecimal max = percent(row.targetMax(), at + ".targetMax", false, problems);
        if (min != null && max != null && max.compareTo(min) < 0) {
            problems.add(new FieldProblem(at + ".targetMax", "OUT_OF_RANGE", "targetMax is below targetMin"));
        }
        Integer level = whole(row.level(), at + ".level", 1, 3, false, problems);
        String areaCode = required(row.areaCode(), at + ".areaCode", problems);
        AreaDocument area = areaCode == null || PlanTargetDocument.NATIONAL.equals(areaCode) ? null
                : area(row, at, problems);
        if (problems.size() > before) {
            return null;
        }
        String version = area == null ? null : area.id();
        return new PlanTargetDocument(PlanTargetDocument.idOf(planNumber, version, titleCode, measure, horizonYear,
                level), nfc(planNumber), nfc(trimmed(row.planTitle())), nfc(issuer), issuedOn, sourceUrl,
                nfc(trimmed(row.source())), confirmed, nfc(trimmed(row.note())), areaCode, version, titleCode, measure,
                nfc(trimmed(row.indicator())), horizonYear, min, max == null || max.compareTo(min) == 0 ? null : max,
                level, now, user);
    }

    /**
     * The registry version a target is set for: {@code areaCode@areaValidFrom} when the start is given, else the version
     * valid on the plan's date, else on 1 January of the horizon year.
     */
    private AreaDocument area(PlanTargetRow row, String at, List<FieldProblem> problems) {
        String code = row.areaCode().trim();
        if (!blank(row.areaValidFrom())) {
            LocalDate from = date(row.areaValidFrom(), at + ".areaValidFrom", problems);
            Optional<AreaDocument> version = from == null ? Optional.empty()
                    : areas.version(AreaDocument.idOf(code, from));
            if (from != null && version.isEmpty()) {
                problems.add(new FieldProblem(at + ".areaValidFrom", "UNKNOWN_AREA", "the area registry has no version"
                        + " of " + code + " starting " + from + "; versions: " + areas.versions(code).stream()
                        .map(AreaDocument::id).toList()));
            }
            return version.orElse(null);
        }
        LocalDate on = parsed(row.issuedOn());
        Integer year = parsedYear(row.horizonYear());
        LocalDate date = on != null ? on : year != null ? LocalDate.of(year, 1, 1) : null;
        Optional<AreaDocument> version = date == null ? Optional.empty() : areas.find(code, date);
        if (version.isEmpty()) {
            problems.add(new FieldProblem(at + ".areaCode", "UNKNOWN_AREA", "the area registry has no area " + code
                    + (date == null ? "" : " valid on " + date) + " (national targets use " + PlanTargetDocument.NATIONAL
                    + "; give areaValidFrom to name a version)"));
        }
        return version.orElse(null);
    }

    private List<PlanTargetRow> seed() {
        try (InputStream in = resources.getResource(SEED).getInputStream()) {
            List<PlanTargetJsonRow> rows = json.readValue(in, new TypeReference<List<PlanTargetJsonRow>>() { });
            return rows.stream().map(PlanTargetJsonRow::toRow).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled plan targets cannot be read", e);
        }
    }

    private static Measure measure(String value, String field, List<FieldProblem> problems) {
        String text = required(value, field, problems);
        try {
            return text == null ? null : Measure.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "NOT_ALLOWED", "measure must be one of "
                    + java.util.Arrays.toString(Measure.values())));
            return null;
        }
    }

    private static Boolean flag(String value, String field, List<FieldProblem> problems) {
        String text = required(value, field, problems);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected true or false, got '" + text + "'"));
            return null;
        }
        return Boolean.valueOf(text);
    }

    private static Integer whole(String value, String field, int min, int max, boolean needed,
            List<FieldProblem> problems) {
        if (blank(value)) {
            if (needed) {
                problems.add(new FieldProblem(field, "MISSING", "required"));
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                problems.add(new FieldProblem(field, "OUT_OF_RANGE", "must be from " + min + " to " + max));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected a whole number, got '" + value + "'"));
            return null;
        }
    }

    private static BigDecimal percent(String value, String field, boolean needed, List<FieldProblem> problems) {
        if (blank(value)) {
            if (needed) {
                problems.add(new FieldProblem(field, "MISSING", "required (percent, e.g. 70 or 72.5)"));
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0 || number.compareTo(HUNDRED) > 0 || number.scale() > 4) {
                problems.add(new FieldProblem(field, "OUT_OF_RANGE", "a percentage from 0 to 100 (at most 4 decimals),"
                        + " got " + value.trim()));
                return null;
            }
            return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected a number (percent, '.' as decimal point), got '"
                    + value + "'"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        LocalDate date = parsed(value);
        if (date == null) {
            problems.add(new FieldProblem(field, "WRONG_TYPE", "expected a date yyyy-mm-dd, got '" + value + "'"));
        }
        return date;
    }

    private static LocalDate parsed(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer parsedYear(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean url(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String required(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "MISSING", "required"));
            return null;
        }
        return value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static Comparator<PlanTargetDocument> preferred() {
        return Comparator.comparingInt(PlanTargetDocument::horizonYear)
                .thenComparing(target -> !target.confirmed())
                .thenComparing(PlanTargetDocument::issuedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PlanTargetDocument::planNumber);
    }
}
