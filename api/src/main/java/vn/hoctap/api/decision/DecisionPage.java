package vn.hoctap.api.decision;

import java.util.List;

/** One page of a decision query. */
public record DecisionPage(List<DecisionDocument> items, int page, int size, long totalItems) {
}
