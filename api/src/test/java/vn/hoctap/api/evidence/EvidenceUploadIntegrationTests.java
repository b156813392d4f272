package vn.hoctap.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoctap.api.support.ApiClient;
import vn.hoctap.api.support.EmbeddedMongoTest;

/**
 * Minh chứng through HTTP: files are stored by content with their SHA-256 and detected type, come back byte for byte,
 * and a refused file (too large, empty, of a type not allowed, declared as another type) is answered with problem
 * details naming {@code file} while nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceUploadIntegrationTests {

    private static final Path DATA = EmbeddedMongoTest.newDataDirectory();
    static final byte[] PDF = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nKế hoạch số 12/KH-UBND\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("hoctap.data-directory", DATA::toString);
        registry.add("hoctap.evidence.max-file-size", () -> "256KB");
    }

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    @Test
    void aPdfIsStoredByItsSha256UnderItsNfcNameAndComesBackByteForByte() throws Exception {
        String decomposed = Normalizer.normalize("Kế hoạch số 12-KH-UBND.pdf", Normalizer.Form.NFD);
        ApiClient.Response uploaded = api().submitter().upload("/api/v1/evidence", decomposed, "application/pdf", PDF);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode evidence = uploaded.json();
        assertThat(evidence.get("id").asText()).isEqualTo(sha256(PDF));
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(evidence.get("name").asText()).isEqualTo("Kế hoạch số 12-KH-UBND.pdf")
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(evidence.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(evidence.get("size").asLong()).isEqualTo(PDF.length);

        ApiClient.BinaryResponse content = api().auditor().getBytes("/api/v1/evidence/" + sha256(PDF) + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(PDF);
        assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(content.header("ETag")).isEqualTo("\"" + sha256(PDF) + "\"");
        assertThat(content.header("Content-Disposition")).contains("attachment")
                .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%2012-KH-UBND.pdf");
        JsonNode details = api().auditor().get("/api/v1/evidence/" + sha256(PDF)).json();
        assertThat(details.get("name").asText()).isEqualTo("Kế hoạch số 12-KH-UBND.pdf");
        assertThat(details.get("citedBy").isArray()).isTrue();
    }

    @Test
    void theSameBytesUploadedTwiceAreTheSameEvidence() {
        byte[] png = png();
        ApiClient.Response first = api().submitter().upload("/api/v1/evidence", "anh-1.png", "image/png", png);
        long files = gridFsFiles();
        ApiClient.Response again = api().submitter().upload("/api/v1/evidence", "anh-2.png", null, png);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(again.json().get("name").asText()).isEqualTo("anh-1.png");
        assertThat(gridFsFiles()).isEqualTo(files);
    }

    @Test
    void officeOpenXmlIsRecognisedFromItsParts() throws IOException {
        ApiClient.Response uploaded = api().submitter().upload("/api/v1/evidence", "Báo cáo.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx());

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAndNothingIsStored() {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        long before = gridFsFiles();

        ApiClient.Response refused = api().submitter().upload("/api/v1/evidence", "ke-hoach.pdf", "application/pdf", exe);

        assertRefused(refused, 400, "/problems/validation", "TYPE_NOT_ALLOWED");
        assertThat(gridFsFiles()).isEqualTo(before);
    }

    @Test
    void aPdfDeclaredAsAnImageIsRefusedAndNothingIsStored() {
        long before = gridFsFiles();

        ApiClient.Response refused = api().submitter().upload("/api/v1/evidence", "anh.png", "image/png",
                (new String(PDF, StandardCharsets.UTF_8) + "khác").getBytes(StandardCharsets.UTF_8));

        assertRefused(refused, 400, "/problems/validation", "TYPE_MISMATCH");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("image/png", "application/pdf");
        assertThat(gridFsFiles()).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(api().submitter().upload("/api/v1/evidence", "rong.pdf", "application/pdf", new byte[0]), 400,
                "/problems/validation", "EMPTY");
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithProblemDetailsAndNothingIsStored() {
        long before = gridFsFiles();
        byte[] slightly = pdfOf(300 * 1024);
        byte[] far = pdfOf(600 * 1024);

        assertRefused(api().submitter().upload("/api/v1/evidence", "lon.pdf", "application/pdf", slightly), 413,
                "/problems/payload-too-large", "TOO_LARGE");
        assertRefused(api().submitter().upload("/api/v1/evidence", "rat-lon.pdf", "application/pdf", far), 413,
                "/problems/payload-too-large", "TOO_LARGE");
        assertThat(gridFsFiles()).isEqualTo(before);
    }

    @Test
    void onlySubmittersUploadAndAnUnknownIdIsNotFound() {
        assertThat(api().auditor().upload("/api/v1/evidence", "a.pdf", "application/pdf", PDF).status()).isEqualTo(403);
        assertThat(api().auditor().get("/api/v1/evidence/" + "0".repeat(64)).status()).isEqualTo(404);
    }

    private static void assertRefused(ApiClient.Response refused, int status, String type, String reason) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo(type);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(refused.json().at("/errors/0/reason").asText()).isEqualTo(reason);
    }

    private long gridFsFiles() {
        return mongo.getCollection("evidence.files").countDocuments() + mongo.getCollection("evidence").countDocuments();
    }

    private ApiClient api() {
        return ApiClient.on(port);
    }

    private static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        bytes[20] = 7;
        return bytes;
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
