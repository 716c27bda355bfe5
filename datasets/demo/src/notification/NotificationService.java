package notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import member.Member;
import member.MemberRepository;

/**
 * Composes the texts sent to members and hands them to {@link EmailSender}.
 * Wording was agreed with the front-desk team; keep it short and friendly.
 */
public class NotificationService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** One late item in a reminder. */
    public record OverdueLine(String title, LocalDate dueOn, long daysLate) {
    }

    private final MemberRepository members;
    private final EmailSender emailSender;

    public NotificationService(MemberRepository members, EmailSender emailSender) {
        this.members = members;
        this.emailSender = emailSender;
    }

    public boolean notifyHoldReady(String memberId, String title, String pickupBranchId, LocalDate collectBy) {
        Member member = members.findById(memberId).orElse(null);
        if (member == null || member.getEmail() == null) {
            return false;
        }
        String body = "Dear " + member.getFullName() + ",\n\n"
                + "the item you reserved, \"" + title + "\", is waiting for you at the "
                + pickupBranchId + " branch.\n"
                + "Please collect it by " + DATE.format(collectBy) + "; after that it goes to the next reader.\n";
        return emailSender.send(new EmailSender.OutgoingMail(member.getEmail(), "Your reserved item is ready", body));
    }

    public boolean sendOverdueReminder(String memberId, List<OverdueLine> lines, boolean finalNotice) {
        Member member = members.findById(memberId).orElse(null);
        if (member == null || member.getEmail() == null || lines.isEmpty()) {
            return false;
        }
        StringBuilder body = new StringBuilder("Dear ").append(member.getFullName()).append(",\n\n");
        body.append(finalNotice
                ? "this is our final reminder. The following items are now two weeks late:\n"
                : "the following items are past their due date:\n");
        for (OverdueLine line : lines) {
            body.append(" - ").append(line.title()).append(" (due ").append(DATE.format(line.dueOn()))
                    .append(", ").append(line.daysLate()).append(" days late)\n");
        }
        body.append("\nPlease return or renew them. Late charges apply for each opening day.\n");
        String subject = finalNotice ? "Final reminder: overdue library items" : "Reminder: overdue library items";
        return emailSender.send(new EmailSender.OutgoingMail(member.getEmail(), subject, body.toString()));
    }
}
