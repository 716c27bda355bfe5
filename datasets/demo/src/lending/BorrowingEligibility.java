package lending;

import billing.MemberAccount;
import common.Money;
import java.time.LocalDate;
import java.util.List;
import member.Member;

/**
 * Checks whether a member may take out another item. The result carries a
 * reason text because the desk has to tell the member why they were refused.
 */
public class BorrowingEligibility {

    static final Money MAX_UNPAID_BALANCE = Money.of("10.00");
    static final int MAX_DAYS_OVERDUE = 30;
    static final int MAX_ACTIVE_LOANS = 25;

    public record Decision(boolean allowed, String reason) {
        static Decision allow() {
            return new Decision(true, null);
        }

        static Decision refuse(String reason) {
            return new Decision(false, reason);
        }
    }

    public Decision check(Member member, MemberAccount account, List<Loan> activeLoans, LocalDate today) {
        if (!member.isActive()) {
            return Decision.refuse("Membership is " + member.getStatus().name().toLowerCase());
        }
        if (account.balance().isGreaterThan(MAX_UNPAID_BALANCE)) {
            return Decision.refuse("Unpaid balance of " + account.balance() + " exceeds " + MAX_UNPAID_BALANCE);
        }
        for (Loan loan : activeLoans) {
            if (loan.daysOverdue(today) > MAX_DAYS_OVERDUE) {
                return Decision.refuse("Item " + loan.getBarcode() + " is more than "
                        + MAX_DAYS_OVERDUE + " days overdue");
            }
        }
        if (activeLoans.size() >= MAX_ACTIVE_LOANS) {
            return Decision.refuse("Limit of " + MAX_ACTIVE_LOANS + " items on loan reached");
        }
        return Decision.allow();
    }
}
