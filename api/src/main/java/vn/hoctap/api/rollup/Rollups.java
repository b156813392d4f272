package vn.hoctap.api.rollup;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoctap.api.area.AreaCounts;
import vn.hoctap.api.area.AreaDocument;
import vn.hoctap.api.area.AreaRegistry;
import vn.hoctap.api.decision.DecisionHead;
import vn.hoctap.api.decision.RollupFigure;
import vn.hoctap.api.decision.SubjectRef;
import vn.hoctap.api.support.MongoWrites;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.RollupDefinition;
import vn.hoctap.engine.ruleset.RollupDefinition.CountingDate;
import vn.hoctap.engine.ruleset.RollupDefinition.Denominator;
import vn.hoctap.engine.ruleset.RollupDefinition.Measure;

/**
 * Counts the roll-ups a generation of criteria declares, from the current decision of each chain
 * ({@code decision_heads}), and puts them into the facts the rules see.
 *
 * <p>A recognition counts when its chain's current decision recognised the subject (at the lowest level asked for or
 * higher), for an assessment year up to the one assessed, and it is still valid on the counting date (its
 * {@code validUntil} is on or after it; a recognition with no validity period known counts). Each lower subject (or
 * child area) is counted once, by its best recognition. A figure the submitter declares is used only where this service
 * holds no decision to count (then it says "declared by …"), or when it equals the count, or with a stated reason
 * ({@code rollupOverrides}); any other declared figure is refused, naming the count. Counting is a read: the decision
 * records what was counted, when, and which decisions, so a later change below never alters it.
 */
@Service
public class Rollups {

    static final String SETS = "rollup_sets";
    private static final String HEADS = "decision_heads";

    private final MongoTemplate mongo;
    private final AreaRegistry areas;
    private final Clock clock;

    Rollups(MongoTemplate mongo, AreaRegistry areas, Clock clock) {
        this.mongo = mongo;
        this.areas = areas;
        this.clock = clock;
    }

    /** What an assessment looks like to its roll-ups. */
    public record Subject(SubjectRef subject, String chainKey, int assessmentYear, LocalDate referenceDate,
            String submitter, Map<String, String> overrides, List<RollupFigure> previous) {
    }

    /** The facts with the roll-ups filled in, the figures to record, and what is wrong with the declared ones. */
    public record Resolved(Map<String, Object> facts, List<RollupFigure> figures, List<FieldProblem> problems) {
    }

    /**
     * Counts every roll-up of {@code generation} for {@code subject} and returns the facts the rules are to see.
     * {@code facts} (the submitter's, checked) is not changed.
     */
    public Resolved resolve(GenerationDefinition generation, Subject subject, Map<String, Object> facts) {
        Map<String, Object> seen = new LinkedHashMap<>(facts);
        List<RollupFigure> figures = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> overrides = subject.overrides() == null ? Map.of() : subject.overrides();
        overrides.keySet().stream().filter(field -> generation.rollups().stream().noneMatch(r -> r.field().equals(field)
                        || field.equals(r.denominatorField()) && r.denominatorFrom() != Denominator.DECLARED))
                .sorted().forEach(field -> problems.add(new FieldProblem("rollupOverrides." + field, "NOT_ALLOWED",
                        field + " is not a figure this service counts for " + generation.document())));
        Instant now = Instant.now(clock);
        for (RollupDefinition rollup : generation.rollups()) {
            RollupFigure figure = figure(rollup, subject, seen, overrides, problems, now);
            if (figure != null) {
                figures.add(figure);
            }
        }
        return new Resolved(seen, figures, problems);
    }

    /** The figure of one roll-up; null when the declared value is not of the field's type (the schema refuses it). */
    private RollupFigure figure(RollupDefinition rollup, Subject subject, Map<String, Object> facts,
            Map<String, String> overrides, List<FieldProblem> problems, Instant now) {
        LocalDate countingDate = rollup.validOn() == CountingDate.END_OF_ASSESSMENT_YEAR
                ? LocalDate.of(subject.assessmentYear(), 12, 31) : subject.referenceDate();
        Optional<AreaDocument> area = areas.find(subject.subject().areaCode(), countingDate)
                .or(() -> areas.find(subject.subject().areaCode(), subject.referenceDate()));
        List<String> notes = new ArrayList<>();
        Scope scope = scope(rollup, subject, area, countingDate, notes);
        Count count = scope.filter() == null ? null : count(rollup, scope.filter(), scope.groupBy(), countingDate);
        Object given = facts.get(rollup.field());
        Long declaredCount = rollup.measure() == Measure.COUNT ? whole(given) : null;
        LocalDate declaredDate = rollup.measure() == Measure.EARLIEST_DECISION_DATE ? date(facts.get(rollup.field())) : null;
        boolean declared = declaredCount != null || declaredDate != null;
        if (given != null && !declared) {
            return null;
        }
        String reason = overrides.get(rollup.field());
        String mode;
        if (count == null) {
            mode = declared ? "DECLARED" : "NOT_COUNTABLE";
        } else if (!declared) {
            mode = "COUNTED";
        } else if (rollup.measure() == Measure.COUNT ? declaredCount.equals(count.total())
                : declaredDate.equals(count.date())) {
            mode = "COUNTED";
            notes.add("Số liệu khai báo khớp với số đếm được từ các quyết định đã lưu");
        } else if (reason != null) {
            mode = "DECLARED_OVER_COUNTED";
            notes.add("Dùng số liệu khai báo thay cho số đếm được (" + count.text() + "), lý do: " + reason);
        } else if (!count.held()) {
            mode = "DECLARED";
        } else {
            mode = "REFUSED";
            problems.add(new FieldProblem("facts." + rollup.field(), "CONFLICTS_WITH_COUNT", rollup.label() + ": "
                    + count.text() + " counted from the decisions stored (" + count.decisions() + " decisions), "
                    + (declaredCount != null ? declaredCount : declaredDate) + " declared; leave it out to use the count,"
                    + " or give rollupOverrides." + rollup.field() + " with the reason for the declared figure"));
        }
        if (declared && !rollup.declarable() && !mode.equals("COUNTED") && reason == null) {
            problems.add(new FieldProblem("facts." + rollup.field(), "NOT_ALLOWED", rollup.label()
                    + " is counted from stored decisions and may not be declared"));
        }
        if (mode.equals("COUNTED") && rollup.measure() == Measure.EARLIEST_DECISION_DATE && count.date() == null) {
            notes.add("Không có quyết định công nhận nào còn hiệu lực ngày " + countingDate + " để lấy ngày");
        }
        if (mode.equals("DECLARED")) {
            notes.add("Số liệu do " + subject.submitter() + " khai báo: hệ thống không lưu quyết định nào để đếm"
                    + (count == null ? "" : " (" + rollup.of() + ", " + scope.text() + ")"));
        }
        if (!declared) {
            if (count == null) {
                facts.remove(rollup.field());
            } else {
                facts.put(rollup.field(), rollup.measure() == Measure.COUNT ? (Object) count.total()
                        : count.date() == null ? null : count.date().toString());
                if (count.date() == null && rollup.measure() == Measure.EARLIEST_DECISION_DATE) {
                    facts.remove(rollup.field());
                }
            }
        }
        Whole whole = whole(rollup, area, scope, facts, overrides, problems);
        String setId = count == null || count.ids().isEmpty() ? null : storeSet(count.ids());
        RollupFigure figure = new RollupFigure(rollup.field(), rollup.label(), mode,
                rollup.measure() == Measure.COUNT ? whole(facts.get(rollup.field())) : null,
                rollup.measure() == Measure.EARLIEST_DECISION_DATE ? date(facts.get(rollup.field())) : null,
                count == null || rollup.measure() != Measure.COUNT ? null : count.total(),
                count == null ? null : count.date(), declaredCount, declared ? subject.submitter() : null,
                mode.equals("DECLARED_OVER_COUNTED") ? reason : null, rollup.of(), rollup.minLevel(),
                rollup.relation().name(), scope.id(), countingDate, window(rollup, subject, scope, countingDate), now,
                count == null ? 0 : count.ids().size(), setId, rollup.denominatorField(), whole.value(), whole.from(),
                whole.registry(), null, null, rollup.source(), notesWith(rollup, notes, whole));
        RollupFigure before = subject.previous() == null ? null : subject.previous().stream()
                .filter(previous -> previous.field().equals(rollup.field())).findFirst().orElse(null);
        return subject.previous() == null ? figure : figure.comparedWith(before);
    }

    private static List<String> notesWith(RollupDefinition rollup, List<String> notes, Whole whole) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(whole.notes());
        if (rollup.note() != null) {
            all.add(rollup.note());
        }
        return all;
    }

    /** Which heads belong to the subject, grouped by what counts once. */
    private record Scope(Bson filter, String groupBy, String id, String text, List<AreaDocument> children) {
    }

    private Scope scope(RollupDefinition rollup, Subject subject, Optional<AreaDocument> area, LocalDate countingDate,
            List<String> notes) {
        Bson titles = and(in("titleCode", rollup.of()), lte("assessmentYear", subject.assessmentYear()));
        return switch (rollup.relation()) {
            case CHILD_AREAS -> {
                if (area.isEmpty()) {
                    notes.add("Không tìm thấy địa bàn " + subject.subject().areaCode() + " vào ngày " + countingDate);
                    yield new Scope(null, null, subject.subject().areaCode(), "", List.of());
                }
                List<AreaDocument> children = areas.children(area.get().code(), countingDate).stream()
                        .filter(child -> child.tier().name().equals(rollup.childTier())).toList();
                String text = "các đơn vị cấp " + tierName(rollup.childTier()) + " thuộc " + area.get().name() + " ("
                        + area.get().id() + ") vào ngày " + countingDate;
                if (children.isEmpty()) {
                    notes.add("Không có đơn vị cấp " + tierName(rollup.childTier()) + " nào thuộc " + area.get().name()
                            + " trong sổ đăng ký địa bàn vào ngày " + countingDate
                            + (rollup.childTier().equals("DISTRICT") && !countingDate.isBefore(LocalDate.of(2025, 7, 1))
                            ? " (chính quyền địa phương hai cấp từ 01/07/2025, Nghị định 142/2025/NĐ-CP)" : "")
                            + ": không đếm được");
                    yield new Scope(null, null, area.get().id(), text, children);
                }
                yield new Scope(and(titles, in("areaVersion", children.stream().map(AreaDocument::id).toList())),
                        "$areaVersion", area.get().id(), text, children);
            }
            case WITHIN_AREA -> {
                if (area.isEmpty()) {
                    notes.add("Không tìm thấy địa bàn " + subject.subject().areaCode() + " vào ngày " + countingDate);
                    yield new Scope(null, null, subject.subject().areaCode(), "", List.of());
                }
                yield new Scope(and(titles, eq("areaVersions", area.get().id())), "$subjectKey", area.get().id(),
                        "các chủ thể trên địa bàn " + area.get().name() + " (" + area.get().id() + ")", List.of());
            }
            case MEMBERS -> new Scope(and(titles, eq("memberOf", subject.subject().id())), "$subjectKey",
                    subject.subject().id(), "các thành viên khai báo thuộc " + subject.subject().name() + " ("
                    + subject.subject().id() + ")", List.of());
            case SAME_SUBJECT -> new Scope(and(titles, eq("subjectKey", DecisionHead.subjectKey(subject.subject())),
                    ne("_id", subject.chainKey())), "$subjectKey", DecisionHead.subjectKey(subject.subject()),
                    "các quyết định khác của chính " + subject.subject().name(), List.of());
        };
    }

    /** What the store holds for a scope: whether anything, and the recognitions that count. */
    private record Count(boolean held, long total, LocalDate date, List<String> ids, long decisions) {

        String text() {
            return date != null ? date.toString() : Long.toString(total);
        }
    }

    private Count count(RollupDefinition rollup, Bson scope, String groupBy, LocalDate countingDate) {
        MongoCollection<Document> heads = mongo.getCollection(HEADS);
        boolean held = heads.find(scope).projection(new Document("_id", 1)).limit(1).first() != null;
        List<Bson> recognised = new ArrayList<>(List.of(scope, eq("outcome", "RECOGNISED"),
                or(eq("validUntil", null), gte("validUntil", countingDate.toString()))));
        if (rollup.minLevel() != null) {
            recognised.add(gte("level", rollup.minLevel()));
        }
        List<Document> groups = heads.aggregate(List.of(Aggregates.match(and(recognised)),
                Aggregates.sort(Sorts.orderBy(Sorts.descending("level"), Sorts.ascending("decisionDate"),
                        Sorts.ascending("decisionId"))),
                Aggregates.group(groupBy, Accumulators.first("decisionId", "$decisionId"),
                        Accumulators.first("decisionDate", "$decisionDate"), Accumulators.sum("decisions", 1))))
                .into(new ArrayList<>());
        long decisions = groups.stream().mapToLong(group -> ((Number) group.get("decisions")).longValue()).sum();
        if (rollup.measure() == Measure.EARLIEST_DECISION_DATE) {
            Document earliest = groups.stream().filter(group -> group.get("decisionDate") != null)
                    .min(Comparator.comparing(group -> group.getString("decisionDate"))).orElse(null);
            return earliest == null ? new Count(held, 0, null, List.of(), decisions)
                    : new Count(held, 1, LocalDate.parse(earliest.getString("decisionDate")),
                            List.of(earliest.getString("decisionId")), decisions);
        }
        List<String> ids = groups.stream().map(group -> group.getString("decisionId")).sorted().toList();
        return new Count(held, groups.size(), null, ids, decisions);
    }

    /** The whole a count is a share of. */
    private record Whole(Long value, String from, Long registry, List<String> notes) {
    }

    private Whole whole(RollupDefinition rollup, Optional<AreaDocument> area, Scope scope, Map<String, Object> facts,
            Map<String, String> overrides, List<FieldProblem> problems) {
        if (rollup.denominatorField() == null) {
            return new Whole(null, null, null, List.of());
        }
        String field = rollup.denominatorField();
        Long declared = whole(facts.get(field));
        if (declared == null && facts.get(field) != null) {
            return new Whole(null, "DECLARED", null, List.of());
        }
        Long registry = switch (rollup.denominatorFrom()) {
            case CHILD_AREAS -> scope.children().isEmpty() ? null : (long) scope.children().size();
            case AREA_COUNT -> area.map(AreaDocument::counts).map(counts -> population(counts, rollup.denominatorCount()))
                    .orElse(null);
            case DECLARED -> null;
        };
        List<String> notes = new ArrayList<>();
        if (registry == null || rollup.denominatorFrom() == Denominator.DECLARED) {
            return new Whole(declared, "DECLARED", registry, notes);
        }
        if (declared == null) {
            facts.put(field, registry);
            return new Whole(registry, rollup.denominatorFrom().name(), registry, notes);
        }
        if (declared.equals(registry)) {
            return new Whole(registry, rollup.denominatorFrom().name(), registry, notes);
        }
        if (rollup.denominatorFrom() == Denominator.AREA_COUNT) {
            notes.add("Tổng số " + field + " do người nộp khai báo (" + declared + "); sổ đăng ký địa bàn ghi " + registry);
            return new Whole(declared, "DECLARED", registry, notes);
        }
        String reason = overrides.get(field);
        if (reason == null) {
            problems.add(new FieldProblem("facts." + field, "CONFLICTS_WITH_COUNT", field + ": the area registry has "
                    + registry + " (" + scope.text() + "), " + declared + " declared; leave it out to use the registry,"
                    + " or give rollupOverrides." + field + " with the reason for the declared figure"));
        } else {
            notes.add("Tổng số " + field + " khai báo " + declared + " thay cho " + registry
                    + " theo sổ đăng ký địa bàn, lý do: " + reason);
        }
        return new Whole(declared, "DECLARED", registry, notes);
    }

    private static Long population(AreaCounts counts, String which) {
        return switch (which) {
            case "households" -> counts.households();
            case "clans" -> counts.clans();
            case "villages" -> counts.villages();
            case "units" -> counts.units();
            case "members" -> counts.members();
            case "citizens" -> counts.citizens();
            default -> null;
        };
    }

    private static String window(RollupDefinition rollup, Subject subject, Scope scope, LocalDate countingDate) {
        return "Quyết định hiện hành của mỗi chuỗi về " + String.join(", ", rollup.of()) + ", năm đánh giá đến "
                + subject.assessmentYear() + ", được công nhận" + (rollup.minLevel() == null ? ""
                : " từ mức độ " + rollup.minLevel()) + ", còn hiệu lực ngày " + countingDate + "; " + scope.text()
                + "; mỗi chủ thể tính một lần";
    }

    /** Stores the list of counted decision ids once, under its content id (SHA-256 of the sorted ids). */
    private String storeSet(List<String> ids) {
        String id = setId(ids);
        MongoWrites.insertNew(mongo.getCollection(SETS), List.of(new Document("_id", id).append("ids", ids)
                .append("size", ids.size())));
        return id;
    }

    static String setId(List<String> sortedIds) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\n", sortedIds).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tierName(String tier) {
        return switch (tier) {
            case "PROVINCE" -> "tỉnh";
            case "DISTRICT" -> "huyện";
            case "COMMUNE" -> "xã";
            case "VILLAGE" -> "thôn";
            default -> tier;
        };
    }

    private static Long whole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 63) {
            return big.longValue();
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return decimal.longValue();
        }
        return null;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return value instanceof String text ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
