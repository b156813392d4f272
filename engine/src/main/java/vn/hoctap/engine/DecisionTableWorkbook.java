package vn.hoctap.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * The two forms of one decision table: the CSV that reviewers diff and the XLSX workbook that policy staff edit. Cells
 * are text in both (a workbook cell typed as a number reads as the number's text, as Drools reads it). Writes a
 * workbook from a CSV file, and reads either form as rows of cells, so that a check can require both forms of a table
 * to hold the same cells.
 */
public final class DecisionTableWorkbook {

    private DecisionTableWorkbook() {
    }

    /** The rows of a CSV decision table, split as Drools splits them (one line per row, RFC 4180 quoting). */
    public static List<List<String>> csvRows(String csv) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r?\n", -1)) {
            rows.add(trimmed(parser.parse(line)));
        }
        return trimmedRows(rows);
    }

    /** The rows of the first worksheet of a workbook (XLS or XLSX), each cell as the text Drools reads. */
    public static List<List<String>> workbookRows(byte[] workbook) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(trimmed(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trimmedRows(rows);
    }

    /**
     * A workbook with one worksheet named {@code sheetName} holding the CSV's cells as text, the RuleTable's header
     * rows in bold and columns wide enough to read.
     */
    public static byte[] fromCsv(String csv, String sheetName) {
        List<List<String>> rows = csvRows(csv);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = book.createCellStyle();
            text.setWrapText(true);
            int tableRow = -1;
            int width = 0;
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                if (!cells.isEmpty() && cells.get(0).regionMatches(true, 0, "RuleTable", 0, "RuleTable".length())) {
                    tableRow = r;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(cells.get(c));
                        boolean heading = tableRow >= 0 && r >= tableRow && r <= tableRow + 4 || c == 0 && tableRow < 0;
                        cell.setCellStyle(heading ? header : text);
                    }
                }
                width = Math.max(width, cells.size());
            }
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the workbook form of a CSV decision table: {@code java -cp <engine classpath>
     * vn.hoctap.engine.DecisionTableWorkbook table.csv table.xlsx "Tiêu chí"}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DecisionTableWorkbook <table.csv> <table.xlsx> <sheet name>");
        }
        Files.write(Path.of(args[1]), fromCsv(Files.readString(Path.of(args[0])), args[2]));
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> copy = new ArrayList<>(cells.stream().map(cell -> cell == null ? "" : cell).toList());
        while (!copy.isEmpty() && copy.get(copy.size() - 1).isEmpty()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }

    private static List<List<String>> trimmedRows(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        while (!copy.isEmpty() && copy.get(copy.size() - 1).isEmpty()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }
}
