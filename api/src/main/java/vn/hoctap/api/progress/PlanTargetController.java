package vn.hoctap.api.progress;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.support.Csv;

/**
 * Plan targets: any authenticated role lists them; an administrator imports them as CSV or JSON (a target with the
 * same plan, area version, title, measure, horizon year and level is replaced; the others are kept).
 */
@RestController
@RequestMapping(path = "/api/v1/plan-targets", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanTargetController {

    private final PlanTargets targets;

    PlanTargetController(PlanTargets targets) {
        this.targets = targets;
    }

    /** Targets of an area code ({@code VN}: national), a title and a horizon year, each optional. */
    @GetMapping
    List<PlanTargetView> list(@RequestParam(required = false) String area,
            @RequestParam(required = false) String title, @RequestParam(required = false) Integer year) {
        return targets.list(area, title, year).stream().map(target -> PlanTargetView.of(target, null)).toList();
    }

    @PostMapping(consumes = "text/csv")
    Map<String, Integer> importCsv(@RequestBody String csv, Principal user) {
        List<PlanTargetRow> rows = Csv.table(csv, PlanTargetRow.REQUIRED, PlanTargetRow.COLUMNS).stream()
                .map(PlanTargetRow::of).toList();
        return Map.of("imported", targets.importRows(rows, user.getName()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> importJson(@RequestBody List<PlanTargetJsonRow> rows, Principal user) {
        return Map.of("imported", targets.importRows(rows.stream().map(row -> row == null ? null : row.toRow())
                .collect(Collectors.toList()), user.getName()));
    }
}
