package vn.hoctap.api.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's content type from its bytes (magic numbers), never from its name or the type a client declares:
 * PDF, PNG, JPEG, GIF, WebP; Office Open XML (a zip with {@code [Content_Types].xml} and a {@code word/}, {@code xl/} or
 * {@code ppt/} part); OpenDocument (a zip whose first entry {@code mimetype} names the type); legacy Microsoft Office
 * (an OLE2 compound file holding a {@code WordDocument}, {@code Workbook}/{@code Book} or {@code PowerPoint Document}
 * stream). Anything else is unknown. Stateless.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentSniffer() {
    }

    /** The content type the bytes are, if they are one of the recognised kinds. */
    static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) {
            return Optional.of("image/gif");
        }
        if (bytes.length >= 12 && startsWith(bytes, ascii("RIFF"))
                && Arrays.equals(bytes, 8, 12, ascii("WEBP"), 0, 4)) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zip(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes);
        }
        return Optional.empty();
    }

    private static Optional<String> zip(byte[] bytes) {
        boolean contentTypes = false;
        String part = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int n = 0; n < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
                String name = entry.getName();
                if (n == 0 && name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return type.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(type) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (part == null) {
                    part = name.startsWith("word/") ? DOCX : name.startsWith("xl/") ? XLSX
                            : name.startsWith("ppt/") ? PPTX : null;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(part) : Optional.empty();
    }

    /** The stream names of an OLE2 directory are UTF-16LE; the first one found tells the application. */
    private static Optional<String> ole2(byte[] bytes) {
        if (contains(bytes, utf16("WordDocument"))) {
            return Optional.of("application/msword");
        }
        if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book\0"))) {
            return Optional.of("application/vnd.ms-excel");
        }
        if (contains(bytes, utf16("PowerPoint Document"))) {
            return Optional.of("application/vnd.ms-powerpoint");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
}
