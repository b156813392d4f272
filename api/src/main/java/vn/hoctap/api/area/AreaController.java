package vn.hoctap.api.area;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoctap.api.support.VietnamTime;
import vn.hoctap.api.web.ApiException;

/** Browse the area registry and import areas (ADMIN). */
@RestController
@RequestMapping(path = "/api/v1/areas", produces = MediaType.APPLICATION_JSON_VALUE)
class AreaController {

    private final AreaRegistry registry;
    private final Clock clock;

    AreaController(AreaRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Provinces (no parent given) or the children of {@code parentCode}, valid on {@code date} (default: today in Vietnam). */
    @GetMapping
    List<AreaView> list(@RequestParam(required = false) String parentCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date == null ? VietnamTime.today(clock) : date;
        return registry.children(parentCode, on).stream().map(area -> AreaView.of(area, registry.path(area.code(), on)))
                .toList();
    }

    /** The version valid on {@code date} with its path, or every version when no date is given. */
    @GetMapping("/{code}")
    List<AreaView> one(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (date == null) {
            List<AreaView> versions = registry.versions(code).stream().map(area -> AreaView.of(area, List.of())).toList();
            if (versions.isEmpty()) {
                throw ApiException.notFound("area", code);
            }
            return versions;
        }
        AreaDocument area = registry.find(code, date)
                .orElseThrow(() -> ApiException.notFound("area", code + " valid on " + date));
        return List.of(AreaView.of(area, registry.path(code, date)));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    Map<String, Integer> importCsv(@RequestBody String csv) {
        return Map.of("imported", registry.importRows(AreaCsv.read(csv)));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> importJson(@RequestBody List<AreaJsonRow> rows) {
        return Map.of("imported", registry.importRows(rows.stream().map(row -> row == null ? null : row.toRow())
                .collect(java.util.stream.Collectors.toList())));
    }
}
