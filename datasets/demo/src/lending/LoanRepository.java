package lending;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps loans. Queries return copies of the lists so callers can iterate
 * while the desk keeps issuing items.
 */
public class LoanRepository {

    private final Map<String, Loan> loans = new ConcurrentHashMap<>();

    public void save(Loan loan) {
        loans.put(loan.getId(), loan);
    }

    public Optional<Loan> findById(String loanId) {
        return Optional.ofNullable(loans.get(loanId));
    }

    /** At most one active loan per copy exists at any time. */
    public Optional<Loan> findActiveByBarcode(String barcode) {
        return loans.values().stream()
                .filter(l -> l.isActive() && l.getBarcode().equals(barcode))
                .findFirst();
    }

    public List<Loan> findActiveByMember(String memberId) {
        return loans.values().stream()
                .filter(l -> l.isActive() && l.getMemberId().equals(memberId))
                .sorted(Comparator.comparing(Loan::getDueOn))
                .toList();
    }

    /** Active loans whose due date lies strictly before {@code date}. */
    public List<Loan> findOverdue(LocalDate date) {
        return loans.values().stream()
                .filter(l -> l.isActive() && l.getDueOn().isBefore(date))
                .sorted(Comparator.comparing(Loan::getMemberId).thenComparing(Loan::getDueOn))
                .toList();
    }

    public List<Loan> findByMember(String memberId) {
        return loans.values().stream()
                .filter(l -> l.getMemberId().equals(memberId))
                .sorted(Comparator.comparing(Loan::getCheckedOutOn))
                .toList();
    }
}
