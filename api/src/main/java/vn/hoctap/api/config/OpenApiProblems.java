package vn.hoctap.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the generated OpenAPI description with what springdoc cannot see: the RFC 9457 problem responses every
 * operation can give (as {@code application/problem+json} with the {@code Problem} schema: 400 for a request with a
 * body or parameters, 401 and 403 under {@code /api/v1}, 404 for a path with an id, 409 for writes, 413 and 415 for a
 * request body, 503 when storage or the ruleset is unavailable), and, on the submission, where the per-title shape of
 * {@code facts} is published (JSON Schema 2020-12 at {@code GET /api/v1/titles/{code}/schema}).
 */
final class OpenApiProblems implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(path, method, operation)));
        describeFacts(openApi);
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (body || parameters || write) {
            problem(responses, "400", "Nội dung yêu cầu không hợp lệ (các trường bị từ chối được liệt kê trong errors)");
        }
        if (path.startsWith("/api/v1/")) {
            problem(responses, "401", "Chưa đăng nhập hoặc khoá API sai");
            problem(responses, "403", "Vai trò không được phép, thiếu người thứ hai hoặc thiếu mã CSRF");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Không tìm thấy");
        }
        if (write) {
            problem(responses, "409", "Xung đột: khoá idempotency dùng cho yêu cầu khác, quyết định đã bị thay thế, "
                    + "hoặc bản ghi đã bị sửa");
        }
        if (body) {
            problem(responses, "413", "Nội dung yêu cầu quá lớn");
            problem(responses, "415", "Kiểu nội dung không được hỗ trợ");
        }
        if (path.equals("/api/v1/session") && method == PathItem.HttpMethod.POST) {
            problem(responses, "429", "Đăng nhập sai quá nhiều lần; thử lại sau Retry-After giây");
        }
        problem(responses, "503", "Kho dữ liệu hoặc bộ quy tắc tạm thời không sẵn sàng");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("Trường bị từ chối, ví dụ facts.citizens"));
        error.addProperty("reason", new StringSchema().description("Mã lý do ổn định, ví dụ MISSING, OUT_OF_RANGE"));
        error.addProperty("message", new StringSchema().description("Giải thích"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().description("/problems/<slug>; GET it for a description"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error));
        problem.addProperty("errorCount", new IntegerSchema());
        problem.setAdditionalProperties(Boolean.TRUE);
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }

    private static void describeFacts(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Schema<?> request = schemas == null ? null : schemas.get("SubmitAssessmentRequest");
        if (request == null || request.getProperties() == null || request.getProperties().get("facts") == null) {
            return;
        }
        request.getProperties().get("facts").setDescription("Số liệu theo bộ tiêu chí của danh hiệu và ngày tham chiếu: "
                + "JSON Schema 2020-12 tại GET /api/v1/titles/{code}/schema?referenceDate=… với "
                + "Accept: application/schema+json (kèm ví dụ); dạng JSON mô tả trường tại cùng địa chỉ với "
                + "Accept: application/json");
    }
}
