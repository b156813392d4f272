package vn.hoctap.rules.citizen.qd324;

import vn.hoctap.rules.common.Labelled;

/**
 * Nhóm đối tượng — the target groups of the 2020–2021 pilot (criteria.md §2.7). The live system uses four form groups
 * whose names were not read; this list is the confirmed pilot grouping.
 */
public enum TargetGroup implements Labelled {
    FARMER_OR_RURAL_WORKER("Nông dân, lao động nông thôn"),
    INDUSTRIAL_WORKER_OR_CRAFTSMAN("Công nhân khu công nghiệp, thợ thủ công và lao động khác"),
    INTELLECTUAL_WORKER("Cán bộ, công chức, viên chức, trí thức (trình độ cao đẳng trở lên)");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
