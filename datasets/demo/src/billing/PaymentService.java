package billing;

import common.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Takes online card payments for outstanding charges.
 *
 * <p>Card details never reach our servers: the payment page is hosted by the
 * card processor, which hands us a single-use token. We keep only the last
 * four digits for the receipt.
 */
public class PaymentService {

    /** Port to the external card processor. */
    public interface CardProcessor {
        Authorization charge(String cardToken, Money amount, String reference);
    }

    public record Authorization(boolean approved, String transactionId, String lastFourDigits, String declineReason) {
    }

    public record Receipt(String receiptNumber, String memberId, Money amount, String transactionId,
                          String lastFourDigits, Instant paidAt) {
    }

    public static class PaymentDeclinedException extends RuntimeException {
        public PaymentDeclinedException(String reason) {
            super(reason);
        }
    }

    private final Map<String, MemberAccount> accounts;
    private final CardProcessor cardProcessor;
    private final Clock clock;

    public PaymentService(Map<String, MemberAccount> accounts, CardProcessor cardProcessor, Clock clock) {
        this.accounts = accounts;
        this.cardProcessor = cardProcessor;
        this.clock = clock;
    }

    /** Charges the card for the whole open balance; the receipt exists only once the processor approved. */
    public Receipt payOutstanding(String memberId, String cardToken) {
        MemberAccount account = accounts.get(memberId);
        if (account == null || !account.balance().isPositive()) {
            throw new IllegalStateException("Nothing to pay");
        }
        Money amount = account.balance();
        String reference = "LIB-" + UUID.randomUUID();
        Authorization auth = cardProcessor.charge(cardToken, amount, reference);
        if (!auth.approved()) {
            throw new PaymentDeclinedException(auth.declineReason());
        }
        account.settleAll(LocalDate.now(clock));
        return new Receipt(reference, memberId, amount, auth.transactionId(), auth.lastFourDigits(), clock.instant());
    }
}
