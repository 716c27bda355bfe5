package billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import billing.PaymentService.Authorization;
import billing.PaymentService.PaymentDeclinedException;
import billing.PaymentService.Receipt;
import common.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-04-02T12:00:00Z"), ZoneOffset.UTC);
    private final Map<String, MemberAccount> accounts = new HashMap<>();
    private MemberAccount account;
    private Money lastCharged;

    @BeforeEach
    void setUp() {
        account = new MemberAccount("m-1");
        account.addCharge("Late return of Emma", Money.of("1.50"));
        account.addCharge("Late return of Jane Eyre", Money.of("0.75"));
        accounts.put("m-1", account);
    }

    private PaymentService serviceWith(boolean approve) {
        return new PaymentService(accounts, (token, amount, reference) -> {
            lastCharged = amount;
            return approve
                    ? new Authorization(true, "TX-881", "4242", null)
                    : new Authorization(false, null, null, "Insufficient funds");
        }, clock);
    }

    @Test
    void payOutstanding_approved_settlesBalanceAndIssuesReceipt() {
        Receipt receipt = serviceWith(true).payOutstanding("m-1", "tok_visa");

        assertEquals(Money.of("2.25"), receipt.amount());
        assertEquals(Money.of("2.25"), lastCharged);
        assertEquals(Money.ZERO, account.balance());
        assertEquals(LocalDate.of(2024, 4, 2), account.getLastPaymentOn());
    }

    @Test
    void payOutstanding_receiptShowsOnlyLastFourDigits() {
        Receipt receipt = serviceWith(true).payOutstanding("m-1", "tok_visa");

        assertEquals("4242", receipt.lastFourDigits());
        assertEquals("TX-881", receipt.transactionId());
    }

    @Test
    void payOutstanding_declined_keepsChargesOpen() {
        assertThrows(PaymentDeclinedException.class, () -> serviceWith(false).payOutstanding("m-1", "tok_visa"));

        assertEquals(Money.of("2.25"), account.balance());
    }

    @Test
    void payOutstanding_nothingOwed_isRejected() {
        account.settleAll(LocalDate.of(2024, 4, 1));

        assertThrows(IllegalStateException.class, () -> serviceWith(true).payOutstanding("m-1", "tok_visa"));
    }

    @Test
    void waive_openCharge_reducesBalance() {
        assertTrue(account.waive(1, "Branch closed by flooding").isPresent());

        assertEquals(Money.of("0.75"), account.balance());
        assertFalse(account.waive(1, "twice").isPresent());
    }
}
