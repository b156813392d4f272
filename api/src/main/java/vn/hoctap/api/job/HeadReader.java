package vn.hoctap.api.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The current decisions of one province of a run, in the order of their chains: read once when the step opens, then
 * handed out one id at a time. The position (the last chain handed out) is the step's checkpoint, so a restarted step
 * continues after the last committed chunk, and decisions added meanwhile are included if they sort after it.
 */
class HeadReader implements ItemStreamReader<String> {

    private static final String POSITION = "head.position";

    private final MongoTemplate mongo;
    private final Runs runs;
    private final String runId;
    private final String province;
    private List<String[]> heads = List.of();
    private int next;
    private String lastChain = "";

    HeadReader(MongoTemplate mongo, Runs runs, String runId, String province) {
        this.mongo = mongo;
        this.runs = runs;
        this.runId = runId;
        this.province = province;
    }

    @Override
    public void open(ExecutionContext context) {
        RunDocument run = runs.require(runId);
        Criteria criteria = Criteria.where("provinceCode").is(Runs.NO_PROVINCE.equals(province) ? null : province);
        if (run.filters().title() != null) {
            criteria.and("titleCode").is(run.filters().title());
        }
        if (run.filters().year() != null) {
            criteria.and("assessmentYear").is(run.filters().year());
        }
        if (run.filters().area() != null) {
            criteria.and("areaPath").is(run.filters().area());
        }
        Query query = new Query(criteria);
        query.fields().include("_id", "decisionId");
        List<String[]> found = new ArrayList<>();
        for (Document head : mongo.find(query, Document.class, "decision_heads")) {
            found.add(new String[] {head.getString("_id"), head.getString("decisionId")});
        }
        found.sort((a, b) -> a[0].compareTo(b[0]));
        heads = Collections.unmodifiableList(found);
        lastChain = context.getString(POSITION, "");
        next = 0;
        while (next < heads.size() && heads.get(next)[0].compareTo(lastChain) <= 0) {
            next++;
        }
        runs.started(runId, province, heads.size());
    }

    @Override
    public String read() {
        if (next >= heads.size()) {
            return null;
        }
        String[] head = heads.get(next++);
        lastChain = head[0];
        return head[1];
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(POSITION, lastChain);
    }
}
