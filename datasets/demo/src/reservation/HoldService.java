package reservation;

import catalog.CatalogItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import notification.NotificationService;

/**
 * Manages the hold queues. Queues are strictly first come, first served by
 * placement time; the pick-up branch does not change a member's position.
 */
public class HoldService {

    static final int MAX_ACTIVE_HOLDS_PER_MEMBER = 10;
    static final int PICKUP_DAYS = 5;

    private final List<Hold> holds = new ArrayList<>();
    private final Map<String, CatalogItem> items;
    private final NotificationService notifications;
    private final Clock clock;

    public HoldService(Map<String, CatalogItem> items, NotificationService notifications, Clock clock) {
        this.items = items;
        this.notifications = notifications;
        this.clock = clock;
    }

    public synchronized Hold placeHold(String memberId, String isbn, String pickupBranchId) {
        long active = holds.stream().filter(h -> h.isActive() && h.getMemberId().equals(memberId)).count();
        if (active >= MAX_ACTIVE_HOLDS_PER_MEMBER) {
            throw new IllegalStateException("Hold limit of " + MAX_ACTIVE_HOLDS_PER_MEMBER + " reached");
        }
        boolean onShelf = items.values().stream().anyMatch(i -> i.getIsbn().equals(isbn) && i.isAvailable());
        if (onShelf) {
            throw new IllegalStateException("A copy is on the shelf; no hold needed");
        }
        Hold hold = new Hold(UUID.randomUUID().toString(), memberId, isbn, pickupBranchId, clock.instant());
        holds.add(hold);
        return hold;
    }

    public synchronized boolean hasWaitingHolds(String isbn) {
        return nextWaiting(isbn).isPresent();
    }

    /**
     * Called at check-in. Gives the copy to the longest-waiting member and
     * e-mails them; returns false when nobody is waiting.
     */
    public synchronized boolean assignReturnedCopy(CatalogItem copy, String branchId) {
        Optional<Hold> next = nextWaiting(copy.getIsbn());
        next.ifPresent(hold -> {
            hold.assign(copy.getBarcode(), LocalDate.now(clock));
            notifications.notifyHoldReady(hold.getMemberId(), copy.getTitle(), hold.getPickupBranchId(),
                    LocalDate.now(clock).plusDays(PICKUP_DAYS));
        });
        return next.isPresent();
    }

    public synchronized boolean isReadyFor(String barcode, String memberId) {
        return holds.stream().anyMatch(h -> h.getStatus() == Hold.Status.READY
                && barcode.equals(h.getAssignedBarcode()) && h.getMemberId().equals(memberId));
    }

    public synchronized void markCollected(String barcode, String memberId) {
        holds.stream().filter(h -> h.getStatus() == Hold.Status.READY
                        && barcode.equals(h.getAssignedBarcode()) && h.getMemberId().equals(memberId))
                .forEach(Hold::collect);
    }

    /** Nightly: holds left on the pick-up shelf too long pass the copy to the next member. */
    public synchronized int expireUncollected(LocalDate today) {
        // Select first, then reassign: a hold made ready in this run must not expire in the same run.
        List<Hold> uncollected = holds.stream()
                .filter(h -> h.getStatus() == Hold.Status.READY && h.getReadySince().plusDays(PICKUP_DAYS).isBefore(today))
                .toList();
        for (Hold hold : uncollected) {
            hold.expire();
            CatalogItem copy = items.get(hold.getAssignedBarcode());
            if (!assignReturnedCopy(copy, copy.getBranchId())) {
                copy.setStatus(CatalogItem.Status.AVAILABLE);
            }
        }
        return uncollected.size();
    }

    public synchronized void cancel(String holdId, String memberId) {
        holds.stream().filter(h -> h.getId().equals(holdId) && h.getMemberId().equals(memberId))
                .findFirst().ifPresent(Hold::cancel);
    }

    private Optional<Hold> nextWaiting(String isbn) {
        return holds.stream()
                .filter(h -> h.getStatus() == Hold.Status.WAITING && h.getIsbn().equals(isbn))
                .min(Comparator.comparing(Hold::getPlacedAt));
    }
}
