package vn.hoctap.engine;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders criterion keys as a reader expects: "C2.T1" before "C10.T1", level 1 before level 2. */
enum NaturalOrder implements Comparator<String> {
    INSTANCE;

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String left, String right) {
        Matcher a = CHUNK.matcher(left);
        Matcher b = CHUNK.matcher(right);
        while (a.find() && b.find()) {
            String x = a.group();
            String y = b.group();
            int order = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length(), right.length());
    }
}
