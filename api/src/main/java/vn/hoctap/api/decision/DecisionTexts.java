package vn.hoctap.api.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoctap.api.support.CanonicalJson;
import vn.hoctap.api.support.JsonBson;
import vn.hoctap.api.support.MongoWrites;

/**
 * The texts decisions share (collection {@value #COLLECTION}): for each title, generation and ruleset the head
 * (title name, generation, ruleset identity); the reasons of each distinct verdict; for each criterion under a parameter set its name, requirement, rule,
 * DRL location, legal citation, parameters and observed-value labels and machine names; for each rule its firing's fixed part. A text is
 * immutable and its {@code _id} is derived from its content ({@link CanonicalJson#contentId}: 128 bits of SHA-256 over
 * its kind and canonical JSON), so the same text is stored once however many decisions, instances or rulesets cite it,
 * and a changed text no longer matches its id (the integrity check verifies every text a decision cites). The
 * canonical form does not tell {@code 10} from {@code 10.0}; a criterion's texts never differ only so, since maximum
 * points and parameter values come from the ruleset's definitions.
 *
 * <p>{@link #compact} splits a {@link DecisionTrace} into the decision's own values ({@link StoredTrace}) and the texts
 * it cites; {@link #expand} joins them back into exactly the same trace. Texts are cached in memory both ways (bounded);
 * a text is stored, and acknowledged, before any decision citing it ({@link DecisionWriter}). Thread-safe.
 */
@Service
public class DecisionTexts {

    static final String COLLECTION = "decision_texts";
    static final String HEAD = "head";
    static final String CRITERION = "criterion";
    static final String FIRING = "firing";
    static final String REASONS = "reasons";
    private static final int MAX_CACHED = 50_000;

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Map<Object, Text> byContent = new ConcurrentHashMap<>();
    private final Map<String, Object> byId = new ConcurrentHashMap<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    DecisionTexts(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    /** A shared text: its id, kind and content as stored. */
    record Text(String id, String kind, Document content) {
    }

    /** A trace split into the decision's own part and the texts it cites (each once). */
    record Compacted(StoredTrace trace, List<Text> texts) {
    }

    /** Splits a trace; the texts returned must be {@linkplain #store stored} before the decision. */
    Compacted compact(DecisionTrace trace) {
        Map<String, Text> cited = new LinkedHashMap<>();
        Text head = text(HEAD, new StoredTrace.HeadText(trace.titleCode(), trace.titleName(), trace.generation(),
                trace.ruleset()));
        cited.put(head.id(), head);
        List<StoredTrace.Criterion> criteria = new ArrayList<>(trace.criteria().size());
        for (DecisionTrace.Criterion criterion : trace.criteria()) {
            List<String> labels = null;
            List<String> names = null;
            List<Object> values = null;
            if (criterion.observed() != null) {
                labels = new ArrayList<>(criterion.observed().size());
                names = new ArrayList<>(criterion.observed().size());
                values = new ArrayList<>(criterion.observed().size());
                boolean named = false;
                for (DecisionTrace.Observed observed : criterion.observed()) {
                    labels.add(observed.label());
                    names.add(observed.name());
                    named |= observed.name() != null;
                    values.add(observed.value());
                }
                names = named ? names : null;
            }
            Text text = text(CRITERION, new StoredTrace.CriterionText(criterion.criterionId(), criterion.level(),
                    criterion.name(), criterion.maxPoints(), labels, criterion.required(), criterion.ruleName(),
                    criterion.resource(), criterion.legalSource(), criterion.unconfirmed(), criterion.note(),
                    criterion.parameters(), criterion.informative(), names));
            cited.putIfAbsent(text.id(), text);
            criteria.add(new StoredTrace.Criterion(criterion.key(), text.id(), criterion.status(),
                    criterion.pointsAwarded(), values, criterion.inputs(), criterion.explanation(), criterion.fired(),
                    criterion.evidence(), criterion.noEvidence()));
        }
        List<StoredTrace.Firing> firings = new ArrayList<>(trace.trace().size());
        for (DecisionTrace.Firing firing : trace.trace()) {
            Text text = text(FIRING, new StoredTrace.FiringText(firing.ruleName(), firing.criterionId(),
                    firing.resource(), firing.facts(), firing.parameters()));
            cited.putIfAbsent(text.id(), text);
            firings.add(new StoredTrace.Firing(text.id(), firing.results()));
        }
        DecisionTrace.Verdict verdict = trace.verdict();
        Text reasons = text(REASONS, new StoredTrace.ReasonsText(verdict.reasons(), verdict.missingParameters()));
        cited.putIfAbsent(reasons.id(), reasons);
        DecisionTrace.Verdict own = new DecisionTrace.Verdict(verdict.outcome(), verdict.level(), verdict.levelCode(),
                verdict.levelLabel(), verdict.rankCode(), verdict.rankLabel(), verdict.totalPoints(), verdict.maxPoints(),
                null, null, verdict.restsOnUnconfirmed(), verdict.validUntil());
        StoredTrace stored = new StoredTrace(StoredTrace.SCHEMA, head.id(), trace.subjectId(), trace.referenceDate(),
                trace.assessmentYear(), trace.provinceCode(), own, reasons.id(), criteria, firings);
        return new Compacted(stored, List.copyOf(cited.values()));
    }

    /** The stored form of a compacted trace, as the decision document's {@code result}. */
    Document toDocument(StoredTrace trace) {
        return JsonBson.toDocument(json.valueToTree(trace));
    }

    /**
     * Stores the texts not known to be stored yet, in one unordered insert; a text another writer stored first is
     * already right (same id, same content). Returns once they are durable.
     */
    void store(Collection<Text> texts) {
        Map<String, Text> missing = new LinkedHashMap<>();
        texts.forEach(text -> {
            if (!stored.contains(text.id())) {
                missing.putIfAbsent(text.id(), text);
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(missing.size());
        missing.values().forEach(text -> documents.add(new Document("_id", text.id()).append("kind", text.kind())
                .append("content", text.content())));
        MongoWrites.insertNew(collection(), documents);
        bounded(stored);
        stored.addAll(missing.keySet());
    }

    /** The full trace of a stored decision's {@code result}: schema 1 as stored, schema 2 joined with its texts. */
    public JsonNode view(Document result) {
        if (result == null) {
            return null;
        }
        if (!(result.get("schema") instanceof Number schema) || schema.intValue() != StoredTrace.SCHEMA) {
            return JsonBson.toNode(result);
        }
        return json.valueToTree(expand(read(result)));
    }

    /** The criterion keys and statuses of a stored decision's {@code result}, without reading any text. */
    public static Map<String, String> statuses(Document result) {
        Map<String, String> statuses = new HashMap<>();
        boolean compact = result.get("schema") instanceof Number schema && schema.intValue() == StoredTrace.SCHEMA;
        for (Object item : result.getList("criteria", Object.class, List.of())) {
            Document criterion = (Document) item;
            if (compact) {
                statuses.put(criterion.getString(StoredTrace.KEY), criterion.getString(StoredTrace.STATUS));
            } else {
                statuses.put(criterion.getString("criterionId") + (criterion.get("level") == null ? ""
                        : "@" + criterion.get("level")), criterion.getString("status"));
            }
        }
        return statuses;
    }

    /** Joins a stored trace with its texts. */
    DecisionTrace expand(StoredTrace trace) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(trace.head());
        ids.add(trace.verdictText());
        trace.criteria().forEach(criterion -> ids.add(criterion.text()));
        trace.trace().forEach(firing -> ids.add(firing.text()));
        Map<String, Object> texts = load(ids);
        StoredTrace.HeadText head = (StoredTrace.HeadText) required(texts, trace.head());
        List<DecisionTrace.Criterion> criteria = new ArrayList<>(trace.criteria().size());
        for (StoredTrace.Criterion criterion : trace.criteria()) {
            StoredTrace.CriterionText text = (StoredTrace.CriterionText) required(texts, criterion.text());
            List<DecisionTrace.Observed> observed = null;
            if (text.observedLabels() != null) {
                observed = new ArrayList<>(text.observedLabels().size());
                List<String> names = text.observedNames();
                for (int i = 0; i < text.observedLabels().size(); i++) {
                    observed.add(new DecisionTrace.Observed(names == null ? null : names.get(i),
                            text.observedLabels().get(i), criterion.observed().get(i)));
                }
            }
            criteria.add(new DecisionTrace.Criterion(text.criterionId(), text.level(), text.name(), criterion.status(),
                    criterion.pointsAwarded(), text.maxPoints(), observed, criterion.inputs(), text.required(),
                    criterion.explanation(), text.ruleName(), text.resource(), text.legalSource(), text.unconfirmed(),
                    text.note(), text.parameters(), criterion.fired(), text.informative(), criterion.evidence(),
                    criterion.noEvidence()));
        }
        List<DecisionTrace.Firing> firings = new ArrayList<>(trace.trace().size());
        for (StoredTrace.Firing firing : trace.trace()) {
            StoredTrace.FiringText text = (StoredTrace.FiringText) required(texts, firing.text());
            firings.add(new DecisionTrace.Firing(text.ruleName(), text.criterionId(), text.resource(), text.facts(),
                    text.parameters(), firing.results()));
        }
        StoredTrace.ReasonsText reasons = (StoredTrace.ReasonsText) required(texts, trace.verdictText());
        DecisionTrace.Verdict own = trace.verdict();
        DecisionTrace.Verdict verdict = new DecisionTrace.Verdict(own.outcome(), own.level(), own.levelCode(),
                own.levelLabel(), own.rankCode(), own.rankLabel(), own.totalPoints(), own.maxPoints(), reasons.reasons(),
                reasons.missingParameters(), own.restsOnUnconfirmed(), own.validUntil());
        return new DecisionTrace(trace.subjectId(), head.titleCode(), head.titleName(), head.generation(),
                trace.referenceDate(), trace.assessmentYear(), trace.provinceCode(), head.ruleset(), verdict,
                criteria, firings);
    }

    private StoredTrace read(Document result) {
        try {
            return json.treeToValue(JsonBson.toNode(result), StoredTrace.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored trace cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The text of a content, from the cache or computed (content normalised through its stored form first). */
    private Text text(String kind, Object content) {
        Text known = byContent.get(content);
        if (known != null) {
            return known;
        }
        Document document = JsonBson.toDocument(json.valueToTree(content));
        Text text = new Text(CanonicalJson.contentId(kind, JsonBson.toNode(document)), kind, document);
        bounded(byContent);
        byContent.put(content, text);
        bounded(byId);
        byId.putIfAbsent(text.id(), content);
        return text;
    }

    private Map<String, Object> load(Set<String> ids) {
        Map<String, Object> texts = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Object text = byId.get(id);
            if (text == null) {
                missing.add(id);
            } else {
                texts.put(id, text);
            }
        }
        if (!missing.isEmpty()) {
            for (Document document : collection().find(Filters.in("_id", missing))) {
                Object text = parse(document.getString("kind"), document.get("content", Document.class));
                bounded(byId);
                byId.put(document.getString("_id"), text);
                texts.put(document.getString("_id"), text);
            }
        }
        return texts;
    }

    private Object parse(String kind, Document content) {
        Class<?> type = switch (kind) {
            case HEAD -> StoredTrace.HeadText.class;
            case CRITERION -> StoredTrace.CriterionText.class;
            case FIRING -> StoredTrace.FiringText.class;
            case REASONS -> StoredTrace.ReasonsText.class;
            default -> throw new IllegalStateException("Unknown kind of decision text: " + kind);
        };
        try {
            return json.treeToValue(JsonBson.toNode(content), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision text cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static Object required(Map<String, Object> texts, String id) {
        Object text = texts.get(id);
        if (text == null) {
            throw new IllegalStateException("Decision text " + id + " is missing from " + COLLECTION);
        }
        return text;
    }

    private static void bounded(Map<?, ?> cache) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
    }

    private static void bounded(Set<?> cache) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
