package vn.hoctap.engine;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.engine.evaluation.ProcedureDeadlines;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.ruleset.ProcedureDefinition;

/**
 * Computes a dossier's filing and decision deadlines ({@link ProcedureDeadlines}) from its generation's
 * {@link ProcedureDefinition} and the parameters in force. Days and months are read as "dd/MM" of the year after the
 * assessment year; a deadline day is the last day allowed (a filing on it is on time). Working days are Monday to
 * Friday counted from the day after filing; public holidays are not known to the service and are not deducted, so a
 * deadline in working days is the earliest the legal one can be, and the notes say so.
 */
final class ProcedureCalendar {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProcedureCalendar() {
    }

    /** A "dd/MM" text as a day of the year, or empty when it is not one. */
    static Optional<MonthDay> dayMonth(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse(text.trim(), DAY_MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static ProcedureDeadlines deadlines(ProcedureDefinition procedure, Map<String, ResolvedParameter> parameters,
            int assessmentYear, LocalDate filingDate, LocalDate decisionDate) {
        int year = assessmentYear + 1;
        List<ResolvedParameter> used = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate filingBy = day(procedure.filingByParameter(), parameters, year, used);
        LocalDate decidedBy = day(procedure.decidedByParameter(), parameters, year, used);
        Integer workingDays = null;
        ResolvedParameter within = procedure.decidedWithinWorkingDaysParameter() == null ? null
                : parameters.get(procedure.decidedWithinWorkingDaysParameter());
        if (within != null && within.value() instanceof BigDecimal days) {
            used.add(within);
            workingDays = days.intValue();
            if (filingDate == null) {
                notes.add("Hạn ra quyết định là " + workingDays + " ngày làm việc kể từ khi nhận đủ hồ sơ; chưa có ngày "
                        + "nộp hồ sơ nên chưa tính được");
            } else {
                LocalDate due = plusWorkingDays(filingDate, workingDays);
                if (decidedBy == null || due.isBefore(decidedBy)) {
                    decidedBy = due;
                }
                notes.add("Hạn ra quyết định tính " + workingDays + " ngày làm việc (thứ Hai đến thứ Sáu) kể từ ngày nộp "
                        + "hồ sơ " + VIETNAMESE_DATE.format(filingDate) + ": " + VIETNAMESE_DATE.format(due)
                        + "; chưa trừ ngày nghỉ lễ, Tết nên hạn thực tế có thể muộn hơn");
            }
        }
        Boolean filedLate = filingBy == null || filingDate == null ? null : filingDate.isAfter(filingBy);
        Boolean decidedLate = decidedBy == null || decisionDate == null ? null : decisionDate.isAfter(decidedBy);
        if (Boolean.TRUE.equals(filedLate)) {
            notes.add("Hồ sơ nộp ngày " + VIETNAMESE_DATE.format(filingDate) + ", sau hạn nộp "
                    + VIETNAMESE_DATE.format(filingBy));
        }
        if (Boolean.TRUE.equals(decidedLate)) {
            notes.add("Quyết định ngày " + VIETNAMESE_DATE.format(decisionDate) + ", sau hạn ra quyết định "
                    + VIETNAMESE_DATE.format(decidedBy));
        }
        if (filingDate == null && filingBy != null) {
            notes.add("Hồ sơ không ghi ngày nộp: chưa kiểm tra được hạn nộp " + VIETNAMESE_DATE.format(filingBy));
        }
        return new ProcedureDeadlines(filingBy, decidedBy, workingDays, filingDate, decisionDate, filedLate,
                decidedLate, used, notes);
    }

    private static LocalDate day(String name, Map<String, ResolvedParameter> parameters, int year,
            List<ResolvedParameter> used) {
        ResolvedParameter parameter = name == null ? null : parameters.get(name);
        if (parameter == null) {
            return null;
        }
        Optional<MonthDay> day = dayMonth(parameter.value());
        day.ifPresent(found -> used.add(parameter));
        return day.map(found -> found.atYear(year)).orElse(null);
    }

    /** The day {@code days} working days (Monday to Friday) after {@code from}. */
    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
