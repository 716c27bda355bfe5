package lending;

import audit.AuditLog;
import billing.FineCalculator;
import billing.MemberAccount;
import catalog.CatalogItem;
import common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import member.Member;
import reservation.HoldService;

/**
 * Desk operations on loans: issue, renew, check in and lost reports.
 */
public class LoanService {

    /** The message is shown to staff as-is, so it must be readable by a person. */
    public static class LoanRefusedException extends RuntimeException {
        LoanRefusedException(String reason) { super(reason); }
    }

    private final LoanRepository loans;
    private final Map<String, CatalogItem> items;
    private final Map<String, MemberAccount> accounts;
    private final DueDatePolicy dueDatePolicy;
    private final BorrowingEligibility eligibility = new BorrowingEligibility();
    private final FineCalculator fineCalculator;
    private final HoldService holdService;
    private final AuditLog auditLog;
    private final Clock clock;

    public LoanService(LoanRepository loans, Map<String, CatalogItem> items,
                       Map<String, MemberAccount> accounts, DueDatePolicy dueDatePolicy,
                       FineCalculator fineCalculator,
                       HoldService holdService, AuditLog auditLog, Clock clock) {
        this.loans = loans;
        this.items = items;
        this.accounts = accounts;
        this.dueDatePolicy = dueDatePolicy;
        this.fineCalculator = fineCalculator;
        this.holdService = holdService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Issues the copy with {@code barcode} to {@code member}, whose card was scanned at the desk. */
    public Loan checkout(String barcode, Member member, String branchId, String staffId) {
        CatalogItem item = item(barcode);
        LocalDate today = LocalDate.now(clock);
        MemberAccount account = accounts.computeIfAbsent(member.getId(), MemberAccount::new);
        BorrowingEligibility.Decision decision =
                eligibility.check(member, account, loans.findActiveByMember(member.getId()), today);
        if (!decision.allowed()) {
            throw new LoanRefusedException(decision.reason());
        }
        boolean collectingHold = holdService.isReadyFor(barcode, member.getId());
        if (!item.isAvailable() && !collectingHold) {
            throw new LoanRefusedException("Copy " + barcode + " is " + item.getStatus());
        }
        Loan loan = new Loan(UUID.randomUUID().toString(), barcode, member.getId(), branchId, today,
                dueDatePolicy.dueDate(branchId, item.getFormat(), today));
        item.setStatus(CatalogItem.Status.ON_LOAN);
        holdService.markCollected(barcode, member.getId()); // no-op unless a hold was waiting
        loans.save(loan);
        auditLog.append("LOAN_ISSUED", staffId, barcode, "member=" + member.getId() + " due=" + loan.getDueOn());
        return loan;
    }

    /** Extends a loan by a full period from today, unless someone is waiting for the title. */
    public Loan renew(String loanId, String memberId) {
        Loan loan = loans.findById(loanId).filter(l -> l.getMemberId().equals(memberId))
                .orElseThrow(() -> new LoanRefusedException("No such loan"));
        CatalogItem item = item(loan.getBarcode());
        if (!dueDatePolicy.canRenew(loan) || holdService.hasWaitingHolds(item.getIsbn())) {
            throw new LoanRefusedException(dueDatePolicy.canRenew(loan)
                    ? "Another member has reserved this title" : "Renewal limit reached");
        }
        loan.extendTo(dueDatePolicy.dueDate(loan.getBranchId(), item.getFormat(), LocalDate.now(clock)));
        return loan;
    }

    /** Closes the loan, charges any late fine and passes the copy on to a waiting hold. */
    public Money checkIn(String barcode, String branchId, String staffId) {
        Loan loan = loans.findActiveByBarcode(barcode)
                .orElseThrow(() -> new IllegalStateException("Copy " + barcode + " is not on loan"));
        CatalogItem item = item(barcode);
        LocalDate today = LocalDate.now(clock);
        Money fine = fineCalculator.lateFine(loan, item, today);
        if (fine.isPositive()) {
            accounts.computeIfAbsent(loan.getMemberId(), MemberAccount::new).addCharge("Late return of " + item.getTitle(), fine);
        }
        loan.close(today);
        boolean reserved = holdService.assignReturnedCopy(item, branchId);
        item.setStatus(reserved ? CatalogItem.Status.ON_HOLD_SHELF : CatalogItem.Status.AVAILABLE);
        auditLog.append("LOAN_RETURNED", staffId, barcode, "fine=" + fine);
        return fine;
    }

    /** The member pays for a replacement; the copy leaves circulation for good. */
    public Money reportLost(String loanId, String staffId) {
        Loan loan = loans.findById(loanId).filter(Loan::isActive)
                .orElseThrow(() -> new IllegalStateException("No active loan " + loanId));
        CatalogItem item = item(loan.getBarcode());
        Money charge = fineCalculator.lostItemCharge(item);
        accounts.computeIfAbsent(loan.getMemberId(), MemberAccount::new).addCharge("Lost item " + item.getTitle(), charge);
        loan.markLost(LocalDate.now(clock));
        item.setStatus(CatalogItem.Status.LOST);
        auditLog.append("LOAN_LOST", staffId, loan.getBarcode(), "charge=" + charge);
        return charge;
    }

    private CatalogItem item(String barcode) {
        return Optional.ofNullable(items.get(barcode))
                .orElseThrow(() -> new IllegalArgumentException("Unknown barcode " + barcode));
    }
}
