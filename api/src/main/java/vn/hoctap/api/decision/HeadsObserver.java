package vn.hoctap.api.decision;

import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * Told when chain heads change, so that figures derived from {@code decision_heads} can be kept beside them (the
 * progress tallies of {@code vn.hoctap.api.progress}). Called on the thread that wrote the heads, after they were
 * written; an observer must not throw (it records its own failure and recovers from it).
 */
public interface HeadsObserver {

    /** The heads just written, as stored in {@code decision_heads}, in the order they were written. */
    void written(List<Document> heads);

    /** Heads of these chains may or may not have been written (a head write failed part-way). */
    void unknown(Collection<String> chainKeys);
}
