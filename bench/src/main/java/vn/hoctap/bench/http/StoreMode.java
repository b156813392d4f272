package vn.hoctap.bench.http;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.bson.RawBsonDocument;
import vn.hoctap.bench.data.SubjectKind;

/**
 * {@code store}: bytes per stored decision, for {@code storeCount} decisions of each kind stored through the batch path,
 * measured three ways:
 * <ul>
 *   <li>through the embedded MongoDB-compatible server itself, which listens on a loopback port (logged at start-up)
 *   that the MongoDB driver reaches: the BSON size of each stored decision and assessment, and the growth of all
 *   collections together per decision (everything a submission writes: assessment, decision, heads, ledger, shared
 *   per-ruleset documents if any);</li>
 *   <li>the growth of the store's file per decision (every write is committed to disk before it is answered; the H2
 *   MVStore file grows in chunks and keeps free space, so this is what the disk pays, not the documents' size);</li>
 *   <li>the JSON size of {@code GET /api/v1/decisions/{id}} (the full trace as answered).</li>
 * </ul>
 */
final class StoreMode {

    static final String DATABASE = "hoctap";
    private static final int JSON_SAMPLE = 20;

    private StoreMode() {
    }

    static String label(SubjectKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + kind.titleCode() + ")";
    }

    static List<Figure> run(Service service, Options options, String build, int run) {
        List<Figure> figures = new ArrayList<>();
        OptionalInt port = service.embeddedPort();
        try (MongoClient mongo = port.isPresent() ? connect(port.getAsInt()) : null) {
            MongoDatabase database = mongo == null ? null : mongo.getDatabase(DATABASE);
            for (SubjectKind kind : SubjectKind.values()) {
                Bodies bodies = new Bodies(kind, options.storeCount(), options.seed(), "st" + run);
                long before = Batches.stored(service, kind.titleCode());
                long fileBefore = fileSize(service);
                long allBefore = database == null ? 0 : allBytes(database);
                Batches.Loaded loaded = Batches.load(service, bodies, 0, options.storeCount(),
                        Math.min(1_000, options.storeCount()), 1, true);
                long stored = Batches.stored(service, kind.titleCode()) - before;
                long fileAfter = fileSize(service);
                double decisionBytes = Double.NaN;
                double assessmentBytes = Double.NaN;
                double allPerDecision = Double.NaN;
                if (database != null) {
                    decisionBytes = meanBytes(database, "decisions", loaded.decisionIds());
                    assessmentBytes = meanBytes(database, "assessments", loaded.assessmentIds());
                    allPerDecision = (double) (allBytes(database) - allBefore) / loaded.created();
                }
                figures.add(new Figure("store", build, run, label(kind), new Figure.Values()
                        .put("decisions", stored)
                        .put("decision BSON bytes", decisionBytes)
                        .put("assessment BSON bytes", assessmentBytes)
                        .put("all collections, bytes per decision", allPerDecision)
                        .put("data file growth per decision", (double) (fileAfter - fileBefore) / loaded.created())
                        .put("GET /decisions/{id} JSON bytes", meanJson(service, loaded.decisionIds()))
                        .map()));
                if (stored != loaded.created()) {
                    throw new IllegalStateException("store: " + stored + " " + kind + " decisions stored for "
                            + loaded.created() + " created");
                }
            }
        }
        return figures;
    }

    static MongoClient connect(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    /** The mean BSON size of the documents with these ids; NaN when not all of them are found by {@code _id}. */
    private static double meanBytes(MongoDatabase database, String collection, List<String> ids) {
        long bytes = 0;
        int found = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + 500));
            for (RawBsonDocument document : database.getCollection(collection, RawBsonDocument.class)
                    .find(Filters.in("_id", some))) {
                bytes += document.getByteBuffer().remaining();
                found++;
            }
        }
        return found == ids.size() && found > 0 ? (double) bytes / found : Double.NaN;
    }

    /** The BSON size of every document of every collection. */
    private static long allBytes(MongoDatabase database) {
        long bytes = 0;
        for (String collection : database.listCollectionNames()) {
            for (RawBsonDocument document : database.getCollection(collection, RawBsonDocument.class).find()) {
                bytes += document.getByteBuffer().remaining();
            }
        }
        return bytes;
    }

    private static double meanJson(Service service, List<String> ids) {
        long bytes = 0;
        int n = Math.min(JSON_SAMPLE, ids.size());
        for (int i = 0; i < n; i++) {
            Client.Answer answer = service.client().get("/api/v1/decisions/" + ids.get(i * ids.size() / n),
                    service.auditor());
            if (answer.status() != 200) {
                throw new IllegalStateException("GET of a stored decision answered " + answer);
            }
            bytes += answer.body().length;
        }
        return n == 0 ? Double.NaN : (double) bytes / n;
    }

    private static long fileSize(Service service) {
        try {
            return Files.size(service.dataFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
