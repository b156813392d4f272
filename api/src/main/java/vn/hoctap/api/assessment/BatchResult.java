package vn.hoctap.api.assessment;

import java.util.List;

/** The answer to a batch: counts by status and one result per item, in submission order. */
public record BatchResult(int received, int created, int replayed, int rejected, int conflicts, int errors,
        int unavailable, List<BatchItemResult> items) {

    static BatchResult of(List<BatchItemResult> items) {
        return new BatchResult(items.size(), count(items, "CREATED"), count(items, "REPLAYED"), count(items, "REJECTED"),
                count(items, "CONFLICT"), count(items, "ERROR"), count(items, "UNAVAILABLE"), items);
    }

    private static int count(List<BatchItemResult> items, String status) {
        return (int) items.stream().filter(item -> item.status().equals(status)).count();
    }
}
