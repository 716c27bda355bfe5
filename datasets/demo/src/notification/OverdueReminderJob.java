package notification;

import catalog.CatalogItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lending.Loan;
import lending.LoanRepository;

/**
 * Scheduled every day at 07:00 by the job runner. Sends at most one mail per
 * member per day, listing all their late items, so nobody gets five mails
 * for five books.
 */
public class OverdueReminderJob {

    /** Days late at which the single final reminder goes out. */
    static final int FINAL_REMINDER_DAY = 14;

    private final LoanRepository loans;
    private final Map<String, CatalogItem> items;
    private final NotificationService notifications;
    private final Clock clock;

    public OverdueReminderJob(LoanRepository loans, Map<String, CatalogItem> items,
                              NotificationService notifications, Clock clock) {
        this.loans = loans;
        this.items = items;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Returns the number of mails sent. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Loan>> overdueByMember = new TreeMap<>();
        for (Loan loan : loans.findOverdue(today)) {
            overdueByMember.computeIfAbsent(loan.getMemberId(), k -> new ArrayList<>()).add(loan);
        }
        int sent = 0;
        for (Map.Entry<String, List<Loan>> entry : overdueByMember.entrySet()) {
            List<NotificationService.OverdueLine> lines = new ArrayList<>();
            boolean finalNotice = false;
            for (Loan loan : entry.getValue()) {
                long late = loan.daysOverdue(today);
                // First notice the day after the due date, final notice on day 14; quiet in between.
                if (late == 1 || late == FINAL_REMINDER_DAY) {
                    CatalogItem item = items.get(loan.getBarcode());
                    String title = item == null ? loan.getBarcode() : item.getTitle();
                    lines.add(new NotificationService.OverdueLine(title, loan.getDueOn(), late));
                    finalNotice |= late == FINAL_REMINDER_DAY;
                }
            }
            if (!lines.isEmpty() && notifications.sendOverdueReminder(entry.getKey(), lines, finalNotice)) {
                sent++;
            }
        }
        return sent;
    }
}
