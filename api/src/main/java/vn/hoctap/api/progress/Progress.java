package vn.hoctap.api.progress;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaDocument;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.progress.ProgressReport.AreaProgress;
import vn.hoctap.api.progress.ProgressReport.Status;
import vn.hoctap.api.progress.ProgressReport.TitleProgress;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.api.web.ProblemType;
import vn.hoctap.engine.ruleset.TitleDefinition;

/**
 * Progress of an area against its plan targets. Recognised subjects are counted from the current decision of each
 * chain ({@code decision_heads}): read from the tallies kept on write ({@link ProgressTallies}; one {@code $in} on
 * {@code _id} for the area and its children) while they are usable for the year, else with one aggregation: the heads
 * of the titles asked for, of the area (its version is on the head's {@code areaVersions}), for assessment years up to
 * the one asked — {@code $match} on indexed fields — grouped by title and subject (each subject once, by its best
 * valid recognition) and then by title, area path and level. Both count the same: a recognition counts when it is
 * valid on 31/12 of the year ({@code validUntil} on or after it, or none). The
 * eligible subjects come from the area registry: the area's own population, else the sum of its children's, or the
 * number of areas of the title's tier. The target is the most specific one: set for the area itself, else its
 * province, else national; the nearest horizon year on or after the year.
 */
@Service
public class Progress {

    private static final String HEADS = "decision_heads";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MongoTemplate mongo;
    private final AreaRegistry areas;
    private final PlanTargets targets;
    private final ActiveRuleset active;
    private final ProgressTallies tallies;

    Progress(MongoTemplate mongo, AreaRegistry areas, PlanTargets targets, ActiveRuleset active,
            ProgressTallies tallies) {
        this.mongo = mongo;
        this.areas = areas;
        this.targets = targets;
        this.active = active;
        this.tallies = tallies;
    }

    /** Where the subjects are counted from: the tallies when usable (else the aggregation), or the aggregation. */
    enum Counting {
        TALLIES_IF_USABLE, AGGREGATION
    }

    /**
     * The subjects of one area counted for one title: by best level valid on 31/12 of the year (0: a recognition
     * without levels; subjects with none are not listed), and those with a current decision for an assessment in the
     * year.
     */
    record Counts(Map<Integer, Long> byLevel, long assessed) {

        static final Counts NONE = new Counts(Map.of(), 0);

        long recognised(Integer minLevel) {
            return byLevel.entrySet().stream().filter(level -> level.getKey() >= (minLevel == null ? 0 : minLevel))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * The report of {@code areaCode} ({@code VN}: the country) for {@code year}, for one title or every title with a
     * measure; the area version is the one valid on {@code on}, else on 31/12 of the year, else the last one valid in
     * the year (a pre-reform province in 2025).
     *
     * @throws ApiException 404 naming {@code area} when the registry has no such area; 400 naming {@code title}
     */
    public ProgressReport report(String areaCode, int year, String titleCode, LocalDate on) {
        return report(areaCode, year, titleCode, on, Counting.TALLIES_IF_USABLE);
    }

    /** {@link #report(String, int, String, LocalDate)}, counted as asked (the aggregation: to check the tallies). */
    ProgressReport report(String areaCode, int year, String titleCode, LocalDate on, Counting counting) {
        LocalDate countingDate = LocalDate.of(year, 12, 31);
        List<Measure> measures = measures(titleCode);
        boolean national = PlanTargetDocument.NATIONAL.equals(areaCode);
        AreaDocument area = national ? null : area(areaCode, year, on);
        LocalDate date = on != null ? on : national || area.validOn(countingDate) ? countingDate : area.validTo();
        List<AreaDocument> path = national ? List.of() : areas.path(area.code(), date);
        List<AreaDocument> children = areas.children(national ? null : area.code(), date);
        Map<String, Map<String, Counts>> counted = counting == Counting.AGGREGATION ? null
                : fromTallies(measures, area, children, year);
        if (counted == null) {
            counted = count(measures, area, children, year, countingDate);
        }
        Map<String, String> names = new HashMap<>();
        active.current().titles().forEach(title -> names.put(title.code(), title.officialName()));
        List<TitleProgress> titles = new ArrayList<>();
        for (Measure measure : measures) {
            Map<String, Counts> title = counted.getOrDefault(measure.titleCode(), Map.of());
            List<PlanTargetDocument> candidates = targets.candidates(measure, codes(area, path, children), year);
            AreaProgress total = figures(measure, area, path, date, title.getOrDefault("", Counts.NONE), candidates,
                    year);
            List<AreaProgress> rows = children.stream().map(child -> figures(measure, child,
                    national ? List.of(child) : append(path, child), date, title.getOrDefault(child.id(),
                            Counts.NONE), candidates, year)).toList();
            titles.add(new TitleProgress(measure.titleCode(), names.getOrDefault(measure.titleCode(),
                    measure.titleCode()), measure, measure.label(), total, rows));
        }
        return new ProgressReport(national ? PlanTargetDocument.NATIONAL : area.code(),
                national ? "Toàn quốc" : area.name(), national ? null : area.id(),
                national ? "NATIONAL" : area.tier().name(), date, year, countingDate, titles);
    }

    private List<Measure> measures(String titleCode) {
        if (titleCode == null) {
            Set<String> known = new LinkedHashSet<>();
            active.current().titles().stream().map(TitleDefinition::code).forEach(known::add);
            return Arrays.stream(Measure.values()).filter(Measure::counted)
                    .filter(measure -> known.contains(measure.titleCode())).toList();
        }
        return List.of(Measure.of(titleCode).orElseThrow(() -> ApiException.validation(List.of(new FieldProblem(
                "title", "UNKNOWN_TITLE", "no progress is reported for " + titleCode + "; titles: " + Arrays.stream(
                        Measure.values()).filter(Measure::counted).map(Measure::titleCode).toList())))));
    }

    private AreaDocument area(String code, int year, LocalDate on) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Optional<AreaDocument> found = on != null ? areas.find(code, on) : areas.find(code, last)
                .or(() -> areas.versions(code).stream().filter(version -> !version.validFrom().isAfter(last)
                        && (version.validTo() == null || !version.validTo().isBefore(first)))
                        .reduce((earlier, later) -> later));
        return found.orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No area " + code
                + (on != null ? " valid on " + on : " valid in " + year) + " in the area registry",
                List.of(new FieldProblem(on != null ? "on" : "area", "UNKNOWN_AREA", "the area registry has no area "
                        + code + (on != null ? " valid on " + on : " valid in " + year) + " (the country is "
                        + PlanTargetDocument.NATIONAL + ")")), Map.of()));
    }

    /**
     * Per title, the counts of the area ("") and of each child version, read from the tallies ({@link ProgressTallies})
     * with one {@code $in} on {@code _id}; null when the tallies are not usable for the year (the report aggregates).
     */
    private Map<String, Map<String, Counts>> fromTallies(List<Measure> measures, AreaDocument area,
            List<AreaDocument> children, int year) {
        String own = area == null ? ProgressTallies.NATIONAL : area.id();
        Map<String, String> rows = new LinkedHashMap<>();
        for (String title : measures.stream().map(Measure::titleCode).distinct().toList()) {
            rows.put(ProgressTallies.tallyId(title, own, year), title + "|");
            children.forEach(child -> rows.put(ProgressTallies.tallyId(title, child.id(), year),
                    title + "|" + child.id()));
        }
        Map<String, Document> found = tallies.read(rows.keySet(), year);
        if (found == null) {
            return null;
        }
        Map<String, Map<String, Counts>> counted = new HashMap<>();
        rows.forEach((id, row) -> {
            Document tally = found.get(id);
            if (tally == null) {
                return;
            }
            Map<Integer, Long> byLevel = new HashMap<>();
            Document levels = tally.get("levels", Document.class);
            if (levels != null) {
                levels.forEach((level, count) -> byLevel.put(Integer.valueOf(level), ((Number) count).longValue()));
            }
            Object assessed = tally.get("assessed");
            int bar = row.indexOf('|');
            counted.computeIfAbsent(row.substring(0, bar), title -> new HashMap<>()).put(row.substring(bar + 1),
                    new Counts(byLevel, assessed instanceof Number number ? number.longValue() : 0));
        });
        return counted;
    }

    /**
     * Per title, the counts of the area ("") and of each child version, by one aggregation of the heads: grouped by
     * (the child area version the subject lives in, best level, assessed in the year 0/1). The level is -1 for a
     * subject with no valid recognition, 0 for a recognition without levels.
     */
    private Map<String, Map<String, Counts>> count(List<Measure> measures, AreaDocument area,
            List<AreaDocument> children, int year, LocalDate countingDate) {
        List<Bson> match = new ArrayList<>(List.of(in("titleCode", measures.stream().map(Measure::titleCode)
                .distinct().toList()), lte("assessmentYear", year)));
        if (area != null) {
            match.add(0, eq("areaVersions", area.id()));
        }
        Document valid = new Document("$and", List.of(new Document("$eq", List.of("$outcome", "RECOGNISED")),
                new Document("$gte", List.of(new Document("$ifNull", List.of("$validUntil", "9999-12-31")),
                        countingDate.toString()))));
        Document level = new Document("$cond", List.of(valid, new Document("$ifNull", List.of("$level", 0)), -1));
        Document assessed = new Document("$cond", List.of(new Document("$eq", List.of("$assessmentYear", year)), 1, 0));
        // the child of the area on the head's path (the area versions, province first): the next one after the area's
        Object next = area == null ? 0 : new Document("$add", List.of(new Document("$indexOfArray",
                List.of("$areaVersions", area.id())), 1));
        Document child = new Document("$arrayElemAt", List.of("$areaVersions", next));
        List<Bson> pipeline = List.of(Aggregates.match(and(match)),
                Aggregates.group(new Document("t", "$titleCode").append("s", "$subjectKey"),
                        Accumulators.first("c", child), Accumulators.max("l", level),
                        Accumulators.max("a", assessed)),
                Aggregates.group(new Document("t", "$_id.t").append("c", "$c").append("l", "$l").append("a", "$a"),
                        Accumulators.sum("n", 1)));
        Set<String> rows = new java.util.HashSet<>();
        children.forEach(row -> rows.add(row.id()));
        Map<String, Map<String, Map<Integer, Long>>> levels = new HashMap<>();
        Map<String, Map<String, Long>> assessedCounts = new HashMap<>();
        for (Document group : mongo.getCollection(HEADS).aggregate(pipeline).allowDiskUse(true)) {
            Document id = group.get("_id", Document.class);
            long subjects = ((Number) group.get("n")).longValue();
            int best = ((Number) id.get("l")).intValue();
            boolean inYear = ((Number) id.get("a")).intValue() == 1;
            List<String> keys = new ArrayList<>(List.of(""));
            if (id.get("c") instanceof String version && rows.contains(version)) {
                keys.add(version);
            }
            for (String key : keys) {
                if (best >= 0) {
                    levels.computeIfAbsent(id.getString("t"), title -> new HashMap<>())
                            .computeIfAbsent(key, row -> new HashMap<>()).merge(best, subjects, Long::sum);
                }
                if (inYear) {
                    assessedCounts.computeIfAbsent(id.getString("t"), title -> new HashMap<>())
                            .merge(key, subjects, Long::sum);
                }
            }
        }
        Map<String, Map<String, Counts>> counted = new HashMap<>();
        Set<String> titles = new java.util.HashSet<>(levels.keySet());
        titles.addAll(assessedCounts.keySet());
        for (String title : titles) {
            Set<String> keys = new java.util.HashSet<>(levels.getOrDefault(title, Map.of()).keySet());
            keys.addAll(assessedCounts.getOrDefault(title, Map.of()).keySet());
            for (String key : keys) {
                counted.computeIfAbsent(title, code -> new HashMap<>()).put(key, new Counts(
                        levels.getOrDefault(title, Map.of()).getOrDefault(key, Map.of()),
                        assessedCounts.getOrDefault(title, Map.of()).getOrDefault(key, 0L)));
            }
        }
        return counted;
    }

    /** The figures of {@code area} (null: the country) from the subjects counted there. */
    private AreaProgress figures(Measure measure, AreaDocument area, List<AreaDocument> path, LocalDate date,
            Counts counts, List<PlanTargetDocument> candidates, int year) {
        List<String> notes = new ArrayList<>();
        Optional<Chosen> chosen = target(candidates, area, path);
        Integer minLevel = chosen.map(target -> target.target().level()).orElse(null);
        long recognised = counts.recognised(minLevel);
        long assessed = counts.assessed();
        Eligible eligible = eligible(measure, area, date, notes);
        BigDecimal rate = eligible.count() == null || eligible.count() == 0 ? null : BigDecimal.valueOf(recognised)
                .multiply(HUNDRED).divide(BigDecimal.valueOf(eligible.count()), 2, RoundingMode.HALF_UP);
        if (rate != null && rate.compareTo(HUNDRED) > 0) {
            notes.add("Số được công nhận vượt tổng số trong sổ đăng ký địa bàn: kiểm tra số liệu của địa bàn");
        }
        PlanTargetView target = chosen.map(found -> PlanTargetView.of(found.target(), found.scope())).orElse(null);
        BigDecimal gap = rate == null || target == null ? null : target.targetMin().subtract(rate);
        Status status = rate == null ? Status.NO_POPULATION : target == null ? Status.NO_TARGET
                : rate.compareTo(target.targetMin()) >= 0 ? Status.MET : Status.BELOW;
        if (target == null) {
            notes.add("Không có chỉ tiêu kế hoạch cho năm " + year + " hoặc sau đó (địa bàn, tỉnh, toàn quốc)");
        }
        return new AreaProgress(area == null ? PlanTargetDocument.NATIONAL : area.code(),
                area == null ? "Toàn quốc" : area.name(), area == null ? null : area.id(), recognised, assessed,
                eligible.count(), eligible.from(), minLevel, rate, target, gap, status, List.copyOf(notes));
    }

    private record Eligible(Long count, String from) {
    }

    private Eligible eligible(Measure measure, AreaDocument area, LocalDate date, List<String> notes) {
        if (measure.tier() != null) {
            long count = tierCount(area, measure.tier(), date);
            if (count == 0) {
                notes.add("Sổ đăng ký địa bàn không có đơn vị cấp " + measure.label() + " nào thuộc địa bàn vào ngày "
                        + date);
            }
            return new Eligible(count, "REGISTRY_AREAS");
        }
        Long own = area == null ? null : measure.population(area.counts());
        if (own != null) {
            return new Eligible(own, "REGISTRY");
        }
        List<AreaDocument> children = areas.children(area == null ? null : area.code(), date);
        if (children.isEmpty()) {
            notes.add("Sổ đăng ký địa bàn không ghi tổng số " + measure.label());
            return new Eligible(null, null);
        }
        long sum = 0;
        int unknown = 0;
        for (AreaDocument child : children) {
            Long count = population(measure, child, date);
            if (count == null) {
                unknown++;
            } else {
                sum += count;
            }
        }
        if (unknown > 0) {
            notes.add("Sổ đăng ký địa bàn không ghi tổng số " + measure.label() + " của " + unknown + "/"
                    + children.size() + " đơn vị trực thuộc: không tính được tỷ lệ");
            return new Eligible(null, null);
        }
        notes.add("Tổng số " + measure.label() + " cộng từ " + children.size() + " đơn vị trực thuộc");
        return new Eligible(sum, "CHILDREN_SUM");
    }

    /** The area's own population, else the sum of its children's when every one is known. */
    private Long population(Measure measure, AreaDocument area, LocalDate date) {
        Long own = measure.population(area.counts());
        if (own != null) {
            return own;
        }
        List<AreaDocument> children = areas.children(area.code(), date);
        if (children.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (AreaDocument child : children) {
            Long count = population(measure, child, date);
            if (count == null) {
                return null;
            }
            sum += count;
        }
        return sum;
    }

    /** Areas of {@code tier} at or below {@code area} (the country: everywhere) valid on {@code date}. */
    private long tierCount(AreaDocument area, String tier, LocalDate date) {
        if (area != null && area.tier().name().equals(tier)) {
            return 1;
        }
        long count = 0;
        for (AreaDocument child : areas.children(area == null ? null : area.code(), date)) {
            count += tierCount(child, tier, date);
        }
        return count;
    }

    private record Chosen(PlanTargetDocument target, String scope) {
    }

    /** The target for the area itself, else its province, else the country: the nearest horizon year. */
    private Optional<Chosen> target(List<PlanTargetDocument> candidates, AreaDocument area, List<AreaDocument> path) {
        List<AreaDocument> scopes = new ArrayList<>();
        if (area != null) {
            scopes.add(area);
            if (!path.isEmpty() && !path.get(0).id().equals(area.id())) {
                scopes.add(path.get(0));
            }
        }
        for (AreaDocument scope : scopes) {
            Optional<PlanTargetDocument> found = candidates.stream().filter(target -> appliesTo(target, scope))
                    .min(PlanTargets.preferred());
            if (found.isPresent()) {
                return Optional.of(new Chosen(found.get(), scope == area ? "AREA" : "PROVINCE"));
            }
        }
        return candidates.stream().filter(PlanTargetDocument::national).min(PlanTargets.preferred())
                .map(target -> new Chosen(target, "NATIONAL"));
    }

    /**
     * A target set for an area version applies to that version, and to a later version of the same code and name (a
     * province that kept its code and name through the 2025 reform, such as Hà Nội, keeps its plans); a pre-reform
     * province merged into another code does not pass its targets on.
     */
    private boolean appliesTo(PlanTargetDocument target, AreaDocument area) {
        if (target.national() || !target.areaCode().equals(area.code())) {
            return false;
        }
        if (area.id().equals(target.areaVersion())) {
            return true;
        }
        return areas.version(target.areaVersion()).filter(set -> set.name().equals(area.name())
                && !set.validFrom().isAfter(area.validFrom())).isPresent();
    }

    private static List<String> codes(AreaDocument area, List<AreaDocument> path, List<AreaDocument> children) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(PlanTargetDocument.NATIONAL);
        path.forEach(version -> codes.add(version.code()));
        if (area != null) {
            codes.add(area.code());
        }
        children.forEach(child -> codes.add(child.code()));
        return List.copyOf(codes);
    }

    private static List<AreaDocument> append(List<AreaDocument> path, AreaDocument child) {
        List<AreaDocument> longer = new ArrayList<>(path);
        longer.add(child);
        return longer;
    }
}
