package org.bomay.io.html;

import java.time.LocalDate;
import java.util.List;

/**
 * A small step chart of one metric over a simulation's timeline, as inline SVG: the value
 * holds from one entry's date to the next. The x axis is time (entries on the same day stack
 * at one x; a timeline within a single day is spread evenly); the y axis runs from the
 * smallest to the largest value, labelled at both ends.
 *
 * <pre>{@code
 * StepChart.render(markup, "units", List.of(new StepChart.Point(date, "baseline", 17), ...));
 * }</pre>
 */
final class StepChart {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 150;
    private static final int LEFT = 46;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;

    /** One entry of the timeline: its date, what it is, and the metric's value after it. */
    record Point(LocalDate date, String label, double value) {}

    private StepChart() {}

    /** Writes the SVG of a series with at least one point. */
    static void render(Markup m, String key, List<Point> points) {
        double lo = points.stream().mapToDouble(Point::value).min().orElseThrow();
        double hi = points.stream().mapToDouble(Point::value).max().orElseThrow();
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        long first = points.get(0).date().toEpochDay();
        long span = points.get(points.size() - 1).date().toEpochDay() - first;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double t = span > 0 ? (points.get(i).date().toEpochDay() - first) / (double) span
                    : points.size() == 1 ? 0 : i / (double) (points.size() - 1);
            xs[i] = LEFT + t * plotW;
            ys[i] = TOP + (hi - points.get(i).value()) / (hi - lo) * plotH;
        }
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "metric-chart", "data-metric", key, "width",
                Integer.toString(WIDTH), "height", Integer.toString(HEIGHT), "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-label", key);
        // axes and labels
        double bottom = TOP + plotH;
        m.empty("path", "class", "axis", "d", "M" + LEFT + " " + TOP + "V" + Fmt.coord(bottom) + "H" + (WIDTH - RIGHT));
        m.leaf("text", Fmt.number(hi), "class", "tick y", "x", Integer.toString(LEFT - 4), "y", Integer.toString(TOP + 4));
        m.leaf("text", Fmt.number(lo), "class", "tick y", "x", Integer.toString(LEFT - 4), "y", Fmt.coord(bottom + 4));
        m.leaf("text", points.get(0).date().toString(), "class", "tick x-start", "x", Integer.toString(LEFT), "y",
                Integer.toString(HEIGHT - 8));
        if (points.size() > 1) {
            m.leaf("text", points.get(points.size() - 1).date().toString(), "class", "tick x-end", "x",
                    Integer.toString(WIDTH - RIGHT), "y", Integer.toString(HEIGHT - 8));
        }
        // the steps: hold the value, then move to the next
        StringBuilder d = new StringBuilder("M").append(Fmt.coord(xs[0])).append(' ').append(Fmt.coord(ys[0]));
        for (int i = 1; i < xs.length; i++) {
            d.append('H').append(Fmt.coord(xs[i])).append('V').append(Fmt.coord(ys[i]));
        }
        if (xs[xs.length - 1] < WIDTH - RIGHT) {
            d.append('H').append(WIDTH - RIGHT);
        }
        m.empty("path", "class", "series", "d", d.toString());
        for (int i = 0; i < xs.length; i++) {
            Point p = points.get(i);
            m.open("circle", "cx", Fmt.coord(xs[i]), "cy", Fmt.coord(ys[i]), "r", "2.5");
            m.leaf("title", p.date() + " " + p.label() + ": " + Fmt.number(p.value()));
            m.close();
        }
        m.close();
    }
}
