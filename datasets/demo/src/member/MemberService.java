package member;

import audit.AuditLog;
import auth.PasswordHasher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Signs up new members and keeps their contact details current.
 */
public class MemberService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");

    /** Card numbers start at 2 100 000 so they never clash with cards of the old system. */
    private final AtomicLong nextCardNumber = new AtomicLong(2_100_000L);

    private final MemberRepository members;
    private final PasswordHasher passwordHasher;
    private final AuditLog auditLog;
    private final Clock clock;

    public MemberService(MemberRepository members, PasswordHasher passwordHasher, AuditLog auditLog, Clock clock) {
        this.members = members;
        this.passwordHasher = passwordHasher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates a member account and issues a card number.
     *
     * @throws IllegalArgumentException when a field is missing, the e-mail is malformed
     *         or the e-mail already belongs to another member
     */
    public Member register(String fullName, String email, String postalAddress, String homeBranchId, String password) {
        requireText(fullName, "full name");
        requireText(postalAddress, "postal address");
        requireText(homeBranchId, "home branch");
        if (email == null || !EMAIL.matcher(email.trim()).matches()) {
            throw new IllegalArgumentException("Invalid e-mail address");
        }
        if (members.existsByEmail(email)) {
            throw new IllegalArgumentException("E-mail address already registered");
        }
        Member member = new Member(UUID.randomUUID().toString(),
                Long.toString(nextCardNumber.getAndIncrement()), LocalDate.now(clock));
        member.setFullName(fullName.trim());
        member.setEmail(email.trim());
        member.setPostalAddress(postalAddress.trim());
        member.setHomeBranchId(homeBranchId);
        member.setPasswordHash(passwordHasher.hash(password));
        members.save(member);
        return member;
    }

    /** Changes the address details; recorded because staff often do this on a member's behalf. */
    public void updateContactDetails(String memberId, String email, String postalAddress, String actorId) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown member " + memberId));
        if (email != null && !email.equalsIgnoreCase(member.getEmail())) {
            if (members.existsByEmail(email)) {
                throw new IllegalArgumentException("E-mail address already registered");
            }
            member.setEmail(email.trim());
        }
        if (postalAddress != null) {
            member.setPostalAddress(postalAddress.trim());
        }
        members.save(member);
        auditLog.append("MEMBER_UPDATED", actorId, memberId, "contact details changed");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field);
        }
    }
}
