package billing;

import common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The money side of a membership: open charges, payments and waivers.
 */
public class MemberAccount {

    public enum ChargeStatus { OPEN, PAID, WAIVED }

    public static final class Charge {
        private final int number;
        private final String description;
        private final Money amount;
        private ChargeStatus status = ChargeStatus.OPEN;
        private String waiverReason;

        Charge(int number, String description, Money amount) {
            this.number = number;
            this.description = description;
            this.amount = amount;
        }

        public int number() { return number; }

        public String description() { return description; }

        public Money amount() { return amount; }

        public ChargeStatus status() { return status; }

        public String waiverReason() { return waiverReason; }
    }

    private final String memberId;
    private final List<Charge> charges = new ArrayList<>();
    private LocalDate lastPaymentOn;

    public MemberAccount(String memberId) {
        this.memberId = memberId;
    }

    public String getMemberId() { return memberId; }

    public LocalDate getLastPaymentOn() { return lastPaymentOn; }

    public synchronized Charge addCharge(String description, Money amount) {
        Charge charge = new Charge(charges.size() + 1, description, amount);
        charges.add(charge);
        return charge;
    }

    /** Sum of all open charges. */
    public synchronized Money balance() {
        return charges.stream().filter(c -> c.status == ChargeStatus.OPEN)
                .map(Charge::amount).reduce(Money.ZERO, Money::plus);
    }

    public synchronized List<Charge> openCharges() {
        return charges.stream().filter(c -> c.status == ChargeStatus.OPEN).toList();
    }

    /** Marks all open charges as paid; partial payments are not offered online. */
    public synchronized void settleAll(LocalDate paidOn) {
        charges.stream().filter(c -> c.status == ChargeStatus.OPEN).forEach(c -> c.status = ChargeStatus.PAID);
        lastPaymentOn = paidOn;
    }

    /** Cancels a charge, e.g. when the branch was closed unexpectedly. Staff only; see AdminController. */
    public synchronized Optional<Charge> waive(int chargeNumber, String reason) {
        Optional<Charge> charge = charges.stream()
                .filter(c -> c.number == chargeNumber && c.status == ChargeStatus.OPEN).findFirst();
        charge.ifPresent(c -> {
            c.status = ChargeStatus.WAIVED;
            c.waiverReason = reason;
        });
        return charge;
    }
}
