package org.bomay.core.rules.types;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Reach;

/** Number and date formatting for messages: Vietnamese "9.800", "7,6", "25/11/2020"; English "9,800", "7.6". */
final class Fmt {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Fmt() {}

    static String vi(long n) {
        return String.format("%,d", n).replace(',', '.');
    }

    static String en(long n) {
        return String.format("%,d", n);
    }

    static String vi(double d) {
        return swap(en(d));
    }

    static String en(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return en((long) d);
        }
        String s = String.format(java.util.Locale.ROOT, "%,.2f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** English digit grouping and decimal point to Vietnamese: "1,234.5" → "1.234,5". */
    private static String swap(String en) {
        StringBuilder b = new StringBuilder(en.length());
        for (char c : en.toCharArray()) {
            b.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return b.toString();
    }

    static String vi(LocalDate d) {
        return d.format(VI_DATE);
    }

    static String en(LocalDate d) {
        return d.toString();
    }

    static String percent(double fraction) {
        return en(fraction * 100) + "%";
    }

    static String percentVi(double fraction) {
        return vi(fraction * 100) + "%";
    }

    /** A period in Vietnamese: "từ 01/01/2010 đến 01/01/2020" (the end excluded). */
    static String vi(org.bomay.core.model.Period p) {
        String from = p.start().map(d -> "từ " + vi(d)).orElse("");
        String to = p.end().map(d -> "đến " + vi(d)).orElse("");
        return (from + " " + to).trim();
    }

    static String years(java.time.Period p) {
        return p.getMonths() == 0 && p.getDays() == 0 ? p.getYears() + "" : p.toString();
    }

    /** Whether a collection contains null (List.of(...).contains(null) would throw). */
    static boolean hasNull(Collection<?> c) {
        for (Object o : c) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    /** The first row whose selector matches the unit: the rule of every table (caps, minimums, standards). */
    static <R> java.util.Optional<R> first(java.util.List<R> rows, java.util.function.Function<R, Selector> where,
            org.bomay.core.model.Unit unit, org.bomay.core.rules.RuleContext ctx) {
        for (R r : rows) {
            if (where.apply(r).matches(unit, ctx)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    static Set<Reach> reads(Collection<Selector> selectors) {
        Set<Reach> r = EnumSet.noneOf(Reach.class);
        selectors.forEach(s -> r.addAll(s.reads()));
        return r;
    }

    /** The union of the selectors' kinds if every one names kinds, else empty (any kind). */
    static Set<UnitKind> kinds(Collection<Selector> selectors) {
        java.util.LinkedHashSet<UnitKind> k = new java.util.LinkedHashSet<>();
        for (Selector s : selectors) {
            if (s.kinds().isEmpty()) {
                return Set.of();
            }
            k.addAll(s.kinds());
        }
        return com.google.common.collect.ImmutableSet.copyOf(k);
    }
}
