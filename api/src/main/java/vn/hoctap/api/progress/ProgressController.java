package vn.hoctap.api.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/progress?area=&year=[&title=][&on=]}: the progress of an area ({@code VN}: the country) against
 * its plan targets, as JSON or, with {@code Accept: text/csv}, as a CSV file (UTF-8 with BOM). Any authenticated role.
 */
@RestController
class ProgressController {

    static final String PATH = "/api/v1/progress";
    static final String CSV = "text/csv";

    private final Progress progress;

    ProgressController(Progress progress) {
        this.progress = progress;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ProgressReport json(@RequestParam String area, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return progress.report(area, year, title, on);
    }

    @GetMapping(path = PATH, produces = CSV)
    ResponseEntity<byte[]> csv(@RequestParam String area, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProgressReport report = progress.report(area, year, title, on);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ProgressCsv.filename(report)).build().toString())
                .body(ProgressCsv.write(report));
    }
}
