package common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Knows on which days each branch is open.
 *
 * <p>Branches have a fixed weekly closing day (most close on Sunday, the small
 * village branches also on Monday) plus individual closures such as bank
 * holidays or staff training days, which are loaded from the branch admin sheet.
 */
public class BusinessCalendar {

    private final Map<String, Set<DayOfWeek>> weeklyClosures = new HashMap<>();
    private final Map<String, Set<LocalDate>> extraClosures = new HashMap<>();

    public void setWeeklyClosures(String branchId, Set<DayOfWeek> days) {
        weeklyClosures.put(branchId, EnumSet.copyOf(days));
    }

    public void addClosure(String branchId, LocalDate date) {
        extraClosures.computeIfAbsent(branchId, b -> new HashSet<>()).add(date);
    }

    /** Returns true when the given branch opens its doors on {@code date}. */
    public boolean isOpen(String branchId, LocalDate date) {
        Set<DayOfWeek> weekly = weeklyClosures.getOrDefault(branchId, EnumSet.of(DayOfWeek.SUNDAY));
        if (weekly.contains(date.getDayOfWeek())) {
            return false;
        }
        return !extraClosures.getOrDefault(branchId, Set.of()).contains(date);
    }

    /**
     * Returns {@code date} itself when the branch is open, otherwise the first
     * following day it is open. Gives up after a year so that a misconfigured
     * branch (closed every day) cannot hang the caller.
     */
    public LocalDate nextOpeningDay(String branchId, LocalDate date) {
        LocalDate candidate = date;
        for (int i = 0; i < 366; i++) {
            if (isOpen(branchId, candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("Branch " + branchId + " has no opening day within a year");
    }

    /** Counts open days in the half-open interval (from, to]. */
    public int openDaysBetween(String branchId, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isOpen(branchId, d)) {
                count++;
            }
        }
        return count;
    }
}
