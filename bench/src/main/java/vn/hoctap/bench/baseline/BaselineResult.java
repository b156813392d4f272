package vn.hoctap.bench.baseline;

import java.util.Map;

/** The baseline's result for one subject: a finding per criterion key ({@code id} or {@code id@level}) and the verdict. */
public record BaselineResult(Map<String, Finding> criteria, Decision decision) {
}
