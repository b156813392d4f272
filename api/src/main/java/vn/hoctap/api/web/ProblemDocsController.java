package vn.hoctap.api.web;

import java.util.Arrays;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Documents each problem type at its own {@code type} URI, so that a client following the link reads what it means. */
@RestController
class ProblemDocsController {

    @GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> describe(@PathVariable String slug) {
        ProblemType type = Arrays.stream(ProblemType.values()).filter(candidate -> candidate.slug().equals(slug))
                .findFirst().orElseThrow(() -> ApiException.notFound("problem type", slug));
        return Map.of("type", type.type().toString(), "title", type.title(), "status", type.status().value(),
                "description", type.description());
    }
}
