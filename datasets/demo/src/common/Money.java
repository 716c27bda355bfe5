package common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros, held as whole cents to avoid floating-point drift
 * when many small daily charges are added up.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money of(String euros) {
        BigDecimal value = new BigDecimal(euros).setScale(2, RoundingMode.UNNECESSARY);
        return new Money(value.movePointRight(2).longValueExact());
    }

    public long cents() {
        return cents;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.cents == cents;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(cents);
    }

    /** Formats as "12.50 EUR"; always uses a dot so receipts look the same everywhere. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(cents, 2).toPlainString() + " EUR";
    }
}
