package cat.xarxa.workplan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell of a plan's timetable: a whole year or one of its semesters (seed 001: 2017, 2018 S1,
 * 2018 S2, 2019 S1). Its text form is {@code 2017} or {@code 2018-S1}.
 *
 * @param year     the year
 * @param semester 1 or 2, or 0 for the whole year
 */
public record PlanCell(int year, int semester) implements Comparable<PlanCell> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-S([12]))?");

    public PlanCell {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("not a plan year: " + year);
        }
        if (semester < 0 || semester > 2) {
            throw new IllegalArgumentException("a semester is 1 or 2 (0 for the whole year): " + semester);
        }
    }

    /** A whole year. */
    public static PlanCell year(int year) {
        return new PlanCell(year, 0);
    }

    /** A semester of a year. */
    public static PlanCell semester(int year, int semester) {
        if (semester == 0) {
            throw new IllegalArgumentException("a semester is 1 or 2");
        }
        return new PlanCell(year, semester);
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException if the text is neither {@code 2017} nor {@code 2018-S1}
     */
    public static PlanCell parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a plan cell (2017 or 2018-S1): '" + text + "'");
        }
        return new PlanCell(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(PlanCell other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(semester, other.semester);
    }

    @Override
    public String toString() {
        return semester == 0 ? Integer.toString(year) : year + "-S" + semester;
    }
}
