package vn.hoctap.bench.http;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every figure of a harness run, printed as one Markdown table per mode: a line per measured thing and build, with the
 * median over the runs and, for several runs, the range.
 */
public final class Report {

    private final List<Figure> figures = new ArrayList<>();

    void add(List<Figure> more) {
        figures.addAll(more);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The figures of one mode and label, every build and run. */
    public List<Figure> figures(String mode, String label) {
        return figures.stream().filter(figure -> figure.mode().equals(mode) && figure.label().equals(label)).toList();
    }

    void print(PrintStream out) {
        Set<String> modes = new LinkedHashSet<>();
        figures.forEach(figure -> modes.add(figure.mode()));
        for (String mode : modes) {
            Map<String, List<Figure>> lines = new LinkedHashMap<>();
            Set<String> columns = new LinkedHashSet<>();
            int runs = 0;
            for (Figure figure : figures) {
                if (figure.mode().equals(mode)) {
                    lines.computeIfAbsent(figure.label() + "\u0000" + figure.build(), key -> new ArrayList<>()).add(figure);
                    columns.addAll(figure.values().keySet());
                    runs = Math.max(runs, figure.run());
                }
            }
            out.println();
            out.println("### " + mode + (runs > 1 ? " (median of " + runs + " runs, min – max)" : ""));
            out.println();
            StringBuilder header = new StringBuilder("| what | build |");
            StringBuilder rule = new StringBuilder("|---|---|");
            for (String column : columns) {
                header.append(' ').append(column).append(" |");
                rule.append("---|");
            }
            out.println(header);
            out.println(rule);
            for (List<Figure> line : lines.values()) {
                StringBuilder row = new StringBuilder("| " + line.get(0).label() + " | " + line.get(0).build() + " |");
                for (String column : columns) {
                    double[] values = line.stream().filter(figure -> figure.values().containsKey(column))
                            .mapToDouble(figure -> figure.value(column)).sorted().toArray();
                    row.append(' ').append(cell(values)).append(" |");
                }
                out.println(row);
            }
        }
        out.flush();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String cell(double[] sorted) {
        if (sorted.length == 0) {
            return "–";
        }
        String median = format(median(sorted));
        return sorted.length == 1 || sorted[0] == sorted[sorted.length - 1] ? median
                : median + " (" + format(sorted[0]) + " – " + format(sorted[sorted.length - 1]) + ")";
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
